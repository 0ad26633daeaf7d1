// Starting an application: one transaction makes the draft (its number from the sequence, status DRAFT,
// the place and station it goes to) and its audit row. The form's hidden createKey makes a double click
// one draft: a second post with the same key finds the first.
import type { Db } from "@/lib/db";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { householdScope, permitScope, verifiedPersonId } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { todayInChina, type EligibilityRequest } from "@/lib/policy";
import { endorsementRefusalDetails, endorsementWindow, mayEndorse } from "@/lib/permits/endorsement-window";
import { nextApplicationNumber } from "./numbers";
import { formFromRequest } from "./application-form";
import type { ApplicationFormData } from "./application-sections";
import { policyUnitOf, stationsFor, type Unit } from "@/lib/jurisdictions";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import { checkDraftLimits, lockAccount } from "./account-limits";
import type { QuantityLimits } from "./quantity-limits";

export interface StartApplicationOptions {
  db: Db;
  actor: Actor;
  kind: ApplicationKind;
  /** Settlement, residence permit, no-hukou: where (policy code, unit code, station code). */
  jurisdiction?: string | null;
  unitCode?: string | null;
  stationCode?: string | null;
  /** Endorsement: the permit to endorse. */
  permitId?: string | null;
  /** Facts from the self-check, used to prefill the answers. */
  prefill?: EligibilityRequest | null;
  createKey: string;
  now: Date;
  /** QUANTITY_LIMITS unless a test narrows them. */
  limits?: QuantityLimits;
}

interface Target {
  targetJurisdictionId: string;
  targetUnitId: string | null;
  targetArea: "CENTRAL_URBAN" | "TOWN" | "RURAL";
  stationId: string;
  permitId?: string;
  formData: ApplicationFormData;
}

async function chosenPlace(options: StartApplicationOptions): Promise<Target> {
  const { db } = options;
  const policy = await db.jurisdiction.findFirst({ where: { policyCode: options.jurisdiction ?? "" } });
  if (!policy) throw new DomainError("VALIDATION", ["jurisdiction"]);
  const unit = await db.jurisdiction.findFirst({
    where: { code: options.unitCode ?? "", level: { in: ["COUNTY", "TOWN"] }, path: { startsWith: policy.path } },
  });
  if (!unit) throw new DomainError("VALIDATION", ["unit"]);
  const stations = await stationsFor({ db, unit: unit as Unit, policy: policy as Unit });
  const station = stations.find((s) => s.code === options.stationCode);
  if (!station) throw new DomainError("VALIDATION", ["station"]);
  const prefill =
    options.prefill && options.kind !== "NO_HUKOU_REGISTRATION"
      ? formFromRequest(options.prefill as unknown as Record<string, unknown>)
      : {};
  return { targetJurisdictionId: policy.id, targetUnitId: unit.id, targetArea: unit.area, stationId: station.id, formData: prefill };
}

/**
 * Endorsement: the place is the permit's own (its station handles it). Only in the window (on time, or
 * late with its consequence): a year early, or too late to endorse, is refused with the window named.
 */
async function permitPlace(options: StartApplicationOptions): Promise<Target> {
  const permit = await options.db.residencePermit.findFirst({
    where: { id: options.permitId ?? undefined, ...permitScope(options.actor), status: { in: ["VALID", "SUSPENDED"] } },
    include: { station: true },
  });
  if (!options.permitId || !permit) throw new DomainError("NOT_FOUND");
  const window = endorsementWindow({ permit, today: todayInChina({ now: options.now }) });
  if (!mayEndorse(window)) throw new DomainError("ENDORSEMENT_WINDOW", endorsementRefusalDetails(window));
  return {
    targetJurisdictionId: permit.jurisdictionId,
    targetUnitId: permit.station.parentId,
    targetArea: permit.station.area,
    stationId: permit.stationId,
    permitId: permit.id,
    formData: { permit: { address: permit.address } },
  };
}

/** Newborn: registered into the applicant's own household, at that household's station. */
async function householdPlace(options: StartApplicationOptions): Promise<Target> {
  const { db, actor } = options;
  const household = await db.household.findFirst({
    where: { ...householdScope(actor), closedOn: null, memberships: { some: { personId: actor.personId ?? "", validTo: null } } },
    include: { station: true },
  });
  if (!household) throw new DomainError("VALIDATION", ["household"]);
  const policy = await policyUnitOf({ db, path: household.station.path });
  if (!policy) throw new DomainError("VALIDATION", ["household"]);
  return {
    targetJurisdictionId: policy.id,
    targetUnitId: household.station.parentId,
    targetArea: household.area,
    stationId: household.stationId,
    formData: { child: { householdId: household.id } },
  };
}

export async function startApplication(options: StartApplicationOptions): Promise<{ id: string; created: boolean }> {
  const actor = requirePermission(options.actor, "create:application:own");
  const { db, kind, createKey } = options;
  if (!actor.personId) throw new DomainError("VALIDATION", ["person"]);
  const personId = actor.personId;
  // A newborn into the person's household and an endorsement of the person's permit act on the register:
  // only an account whose identity a clerk has checked (a sign-up on name + ID number proves nothing).
  if ((kind === "NEWBORN_REGISTRATION" || kind === "PERMIT_ENDORSEMENT") && !verifiedPersonId(actor))
    throw new DomainError("IDENTITY_UNVERIFIED");
  const existing = await db.application.findFirst({ where: { createKey, applicantUserId: actor.id }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const target =
    kind === "PERMIT_ENDORSEMENT"
      ? await permitPlace(options)
      : kind === "NEWBORN_REGISTRATION"
        ? await householdPlace(options)
        : await chosenPlace(options);
  try {
    return await db.$transaction(async (tx) => {
      // Open drafts are counted under the account's lock: parallel starts cannot pass the limit together (M5).
      await lockAccount(tx, actor.id);
      const again = await tx.application.findFirst({ where: { createKey, applicantUserId: actor.id }, select: { id: true } });
      if (again) return { id: again.id, created: false };
      await checkDraftLimits({ db: tx, userId: actor.id, kind, limits: options.limits });
      const number = await nextApplicationNumber({ tx, now: options.now });
      const app = await tx.application.create({
        data: {
          number,
          kind,
          status: "DRAFT",
          targetJurisdictionId: target.targetJurisdictionId,
          targetUnitId: target.targetUnitId,
          targetArea: target.targetArea,
          stationId: target.stationId,
          permitId: target.permitId ?? null,
          applicantUserId: actor.id,
          applicantPersonId: personId,
          facts: (options.prefill ?? {}) as Prisma.InputJsonValue,
          formData: target.formData as Prisma.InputJsonValue,
          createKey,
        },
        select: { id: true, number: true },
      });
      await writeAudit({
        tx,
        event: {
          actorId: actor.id,
          action: "application.create",
          entityType: "Application",
          entityId: app.id,
          data: { number: app.number, kind, prefilled: !!options.prefill },
        },
      });
      return { id: app.id, created: true };
    }, TX_OPTIONS);
  } catch (error) {
    // Two posts of one form at the same moment: the unique createKey lets one through; the other finds it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const again = await db.application.findFirst({ where: { createKey, applicantUserId: actor.id }, select: { id: true } });
      if (again) return { id: again.id, created: false };
    }
    throw error;
  }
}
