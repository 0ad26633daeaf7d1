// Saving one section of a draft: what the resident typed is kept as typed, even when it is invalid (they
// come back and nothing is lost); the section counts as completed only when it has no problem. Guarded by
// the application's version: a form rendered before another save (another tab, a back button) is refused
// as STALE rather than silently overwriting the newer answers.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope, householdScope } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { isoDate, wellFormed } from "@/lib/format";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import {
  familyCount,
  isSectionOf,
  MEMBER_INPUTS,
  SECTION_INPUTS,
  validateSection,
  type FieldError,
  type ApplicationFormData,
  type SectionId,
  type SectionValues,
} from "./application-sections";

const MAX_VALUE_LENGTH = 4000;

/**
 * Characters nobody types into a form and PostgreSQL's jsonb cannot hold or a screen should not show: C0/C1
 * controls other than tab and line breaks (a NUL made the save fail as unexpected, issue 16 I3). Half a
 * surrogate pair becomes U+FFFD (as String#toWellFormed would) for the same reason.
 */
// eslint-disable-next-line no-control-regex
const UNTYPEABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function typedText(value: string): string {
  return wellFormed(value).replace(UNTYPEABLE, "");
}

/** Keeps only the inputs the section has (a posted form may carry anything), as trimmed-length strings. */
export function cleanSectionValues(section: SectionId, raw: Record<string, unknown>): SectionValues {
  const out: SectionValues = {};
  const keep = (name: string) => {
    const v = raw[name];
    if (typeof v === "string") out[name] = typedText(v).slice(0, MAX_VALUE_LENGTH);
  };
  if (section === "family") {
    keep("members");
    const n = familyCount(Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as SectionValues);
    for (let i = 0; i < n; i++) for (const def of MEMBER_INPUTS) keep(`m${i}.${def.name}`);
    return out;
  }
  if (section === "documents") return out;
  for (const def of SECTION_INPUTS[section]) keep(def.name);
  return out;
}

export interface SaveSectionOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  section: string;
  expectedVersion: number;
  values: Record<string, unknown>;
  /** YYYY-MM-DD in China: the upper bound of dates. */
  today: string;
}

export async function saveSection(options: SaveSectionOptions): Promise<{ version: number; errors: FieldError[] }> {
  const actor = requirePermission(options.actor, "create:application:own");
  const { db, applicationId, expectedVersion } = options;
  return db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: applicationId, ...applicationScope(actor) },
      select: {
        id: true,
        kind: true,
        status: true,
        version: true,
        formData: true,
        sectionsDone: true,
        applicantPerson: { select: { birthDate: true } },
      },
    });
    if (!app || !isSectionOf(app.kind, options.section) || options.section === "documents") throw new DomainError("NOT_FOUND");
    if (app.status !== "DRAFT") throw new DomainError("INVALID_STATE");
    const section = options.section;
    const values = cleanSectionValues(section, options.values);
    const errors = validateSection({
      kind: app.kind,
      section,
      values,
      today: options.today,
      birthDate: isoDate(app.applicantPerson.birthDate),
    });
    if (section === "child" && values.householdId && !errors.some((e) => e.field === "householdId")) {
      // Only a household the applicant is registered in; another's id looks like a wrong choice.
      const own = await tx.household.findFirst({
        where: {
          id: values.householdId,
          ...householdScope(actor),
          closedOn: null,
          memberships: { some: { personId: actor.personId ?? "", validTo: null } },
        },
        select: { id: true },
      });
      if (!own) errors.push({ field: "householdId", message: "apply.validation.choose" });
    }
    const formData = { ...((app.formData ?? {}) as ApplicationFormData), [section]: values };
    const done = new Set(app.sectionsDone);
    if (errors.length === 0) done.add(section);
    else done.delete(section);
    const data: Prisma.ApplicationUpdateManyMutationInput = {
      formData: formData as Prisma.InputJsonValue,
      sectionsDone: [...done],
      version: { increment: 1 },
    };
    if ((section === "home" || section === "permit" || section === "person") && values.address !== undefined)
      data.address = values.address.trim() || null;
    const updated = await tx.application.updateMany({ where: { id: app.id, version: expectedVersion, status: "DRAFT" }, data });
    if (updated.count !== 1) throw new DomainError("STALE");
    const version = expectedVersion + 1;
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "application.save",
        entityType: "Application",
        entityId: app.id,
        data: { section, version, completed: errors.length === 0, problems: errors.length },
      },
    });
    return { version, errors };
  }, TX_OPTIONS);
}
