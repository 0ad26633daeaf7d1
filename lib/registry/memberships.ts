// Moving people between households without ever breaking "one person, one active hukou"
// (decision record 0004): the old membership is closed BEFORE the new one is opened, in the caller's
// transaction. A close that finds the membership already closed, or an open the database refuses
// because the person already has an active one, means a concurrent change moved the person first:
// both surface as DomainError STALE (details "registry"), never as a raw database message.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HouseholdType, Relation } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { nextHouseholdNumber } from "./household-number";
import { appendReason } from "./reasons";
import { dayOf } from "@/lib/clock/day";

type Tx = Prisma.TransactionClient;

/** True when `error` is the unique violation of Membership.activePersonId. */
export function isActiveMembershipViolation(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { code?: string; message?: string; meta?: unknown };
  if (e.code !== "P2002") return false;
  const text = `${e.message ?? ""} ${JSON.stringify(e.meta ?? {})}`;
  return text.includes("activePersonId");
}

export const REGISTRY_CHANGED = () => new DomainError("STALE", ["registry"]);

export async function activeMembership(options: { tx: Tx; personId: string }) {
  return options.tx.membership.findFirst({
    where: { personId: options.personId, validTo: null },
    select: {
      id: true,
      householdId: true,
      relation: true,
      createdAt: true,
      reason: true,
      household: { select: { householdNumber: true } },
    },
  });
}

/** Ends the person's active membership (if any) on `on`; returns the household left, or null. */
export async function leaveHousehold(options: {
  tx: Tx;
  personId: string;
  on: Date;
  reason: string;
  actorId: string;
}): Promise<string | null> {
  const { tx } = options;
  const current = await activeMembership(options);
  if (!current) return null;
  const closed = await tx.membership.updateMany({
    where: { id: current.id, validTo: null },
    // One reason column: keep why the person joined and add why they left.
    data: { validTo: options.on, activePersonId: null, reason: appendReason(current.reason, options.reason) },
  });
  if (closed.count !== 1) throw REGISTRY_CHANGED();
  await writeAudit({
    tx,
    event: {
      actorId: options.actorId,
      action: "membership.end",
      entityType: "Membership",
      entityId: current.id,
      data: { personId: options.personId, householdId: current.householdId, reason: options.reason },
    },
  });
  return current.householdId;
}

/**
 * Opens a membership; the person must have none active (the DB refuses otherwise). `applicationId` names the
 * decision that places the person: the database then refuses a household of another station (issue 16 H2).
 */
export async function joinHousehold(options: {
  tx: Tx;
  personId: string;
  householdId: string;
  relation: Relation;
  on: Date;
  reason: string;
  actorId: string;
  applicationId?: string;
}): Promise<string> {
  const { tx } = options;
  try {
    const row = await tx.membership.create({
      data: {
        personId: options.personId,
        householdId: options.householdId,
        relation: options.relation,
        validFrom: options.on,
        activePersonId: options.personId,
        reason: options.reason,
        applicationId: options.applicationId ?? null,
      },
    });
    await writeAudit({
      tx,
      event: {
        actorId: options.actorId,
        action: "membership.start",
        entityType: "Membership",
        entityId: row.id,
        data: { personId: options.personId, householdId: options.householdId, relation: options.relation, reason: options.reason },
      },
    });
    return row.id;
  } catch (error) {
    if (isActiveMembershipViolation(error)) throw REGISTRY_CHANGED();
    throw error;
  }
}

/** Closes a household that has no active member left (its last member moved out). */
export async function closeIfEmpty(options: { tx: Tx; householdId: string; on: Date; actorId: string }): Promise<boolean> {
  const { tx } = options;
  const active = await tx.membership.count({ where: { householdId: options.householdId, validTo: null } });
  if (active > 0) return false;
  const closed = await tx.household.updateMany({ where: { id: options.householdId, closedOn: null }, data: { closedOn: options.on } });
  if (closed.count === 1) {
    await writeAudit({
      tx,
      event: {
        actorId: options.actorId,
        action: "household.close",
        entityType: "Household",
        entityId: options.householdId,
        data: { on: dayOf(options.on) },
      },
    });
  }
  return closed.count === 1;
}

/** Opens a household at the station with a fresh number. */
export async function openHousehold(options: {
  tx: Tx;
  stationId: string;
  type: HouseholdType;
  address: string;
  area: "CENTRAL_URBAN" | "TOWN" | "RURAL";
  actorId: string;
}) {
  const { tx } = options;
  const householdNumber = await nextHouseholdNumber({ tx, stationId: options.stationId });
  const row = await tx.household.create({
    data: { householdNumber, type: options.type, address: options.address, area: options.area, stationId: options.stationId },
    select: { id: true, householdNumber: true, address: true },
  });
  await writeAudit({
    tx,
    event: {
      actorId: options.actorId,
      action: "household.open",
      entityType: "Household",
      entityId: row.id,
      data: { householdNumber, type: options.type },
    },
  });
  return row;
}

/** Moves a person: out of the old household (closed when left empty), then into the new one; returns the household left, or null. */
export async function movePerson(options: {
  tx: Tx;
  personId: string;
  to: { id: string };
  relation: Relation;
  on: Date;
  leaveReason: string;
  joinReason: string;
  actorId: string;
  /** The decision behind the move (see joinHousehold). */
  applicationId?: string;
}): Promise<string | null> {
  const { tx, on, actorId } = options;
  const left = await leaveHousehold({ tx, personId: options.personId, on, reason: options.leaveReason, actorId });
  await joinHousehold({
    tx,
    personId: options.personId,
    householdId: options.to.id,
    relation: options.relation,
    on,
    reason: options.joinReason,
    actorId,
    applicationId: options.applicationId,
  });
  if (left && left !== options.to.id) await closeIfEmpty({ tx, householdId: left, on, actorId });
  return left;
}
