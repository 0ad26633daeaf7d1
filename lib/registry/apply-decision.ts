// What an approval does to the register, inside the decision's transaction (the point of the system):
// people leave their old household and join the target one (old membership closed BEFORE the new one
// opens — decision record 0004), new households are opened with a number, people the registry did not
// know are created, a newborn is numbered here. Every change writes its audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HouseholdType, Relation, Sex } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { relationToHead, type Placement } from "./placement";
import { activeMembership, joinHousehold, movePerson, openHousehold, REGISTRY_CHANGED } from "./memberships";
import { createNewborn, createPerson, findPersonByNumber } from "./persons";
import { DECISION_REASONS } from "./reasons";
import { dayOf } from "@/lib/clock/day";

type Tx = Prisma.TransactionClient;

export interface DecisionContext {
  tx: Tx;
  actorId: string;
  applicationId: string;
  number: string;
  stationId: string;
  stationName: string;
  area: "CENTRAL_URBAN" | "TOWN" | "RURAL";
  address: string | null;
  /** The decision date. */
  on: Date;
  /** When the case was submitted: a mover whose registration changed since then was moved by another decision. */
  submittedAt: Date | null;
  /** The applicant: joining a household they head needs no consent document. */
  applicantPersonId: string;
}

export interface Mover {
  /** Registry person, or null when the member must be created from `citizenId`. */
  personId: string | null;
  memberId: string | null;
  citizenId: string | null;
  name: string;
  /** Relation to the applicant ("HEAD" for the applicant, or for the person a no-hukou registration is about). */
  relation: Relation;
  /** For a person the register does not know and who has no number yet: the number is issued from these. */
  birthDate?: Date | null;
  sex?: Sex | null;
}

export interface TargetHousehold {
  id: string;
  householdNumber: string;
  address: string;
  /** The applicant's relation to the head. */
  applicantRelation: Relation;
  /** A collective household: everyone is OTHER there. */
  collective: boolean;
}

/** The household a placement names: an existing one of the station, a new family one, or the station's collective one. */
export async function targetHousehold(ctx: DecisionContext & { placement: Placement }): Promise<TargetHousehold> {
  const { tx, placement } = ctx;
  if (placement.type === "existing") {
    const h = await tx.household.findFirst({
      where: { householdNumber: placement.householdNumber, stationId: ctx.stationId, closedOn: null },
      select: { id: true, householdNumber: true, address: true },
    });
    if (!h) throw new DomainError("VALIDATION", ["placement.householdNumber"]);
    // The head's written consent, unless the applicant is the head (a parent registering their own child).
    const ownHousehold = await tx.membership.count({
      where: { householdId: h.id, personId: ctx.applicantPersonId, relation: "HEAD", validTo: null },
    });
    const consent = ownHousehold > 0 ? 1 : await tx.document.count({ where: { applicationId: ctx.applicationId, kind: "head_consent" } });
    if (consent === 0) throw new DomainError("MISSING_DOCUMENTS", ["head_consent"]);
    return { ...h, applicantRelation: placement.relationToHead, collective: false };
  }
  if (placement.type === "collective") {
    const type: HouseholdType = placement.householdType;
    const found = await tx.household.findFirst({
      where: { stationId: ctx.stationId, type, closedOn: null },
      orderBy: { householdNumber: "asc" },
      select: { id: true, householdNumber: true, address: true },
    });
    const h =
      found ??
      (await openHousehold({
        tx,
        stationId: ctx.stationId,
        type,
        address: ctx.address ?? `${ctx.stationName}集体户`,
        area: ctx.area,
        actorId: ctx.actorId,
      }));
    return { ...h, applicantRelation: "OTHER", collective: true };
  }
  if (!ctx.address) throw new DomainError("VALIDATION", ["address"]);
  const h = await openHousehold({
    tx,
    stationId: ctx.stationId,
    type: "FAMILY",
    address: ctx.address,
    area: ctx.area,
    actorId: ctx.actorId,
  });
  return { ...h, applicantRelation: "HEAD", collective: false };
}

/**
 * The registry person a mover is: already linked, found by their number (the name must match the
 * register's), or created — with a number issued here (GB 11643, as for a newborn) when they have none:
 * a child without an ID card joining a settlement, a person without hukou.
 */
async function personOf(ctx: DecisionContext, mover: Mover): Promise<{ personId: string; citizenId: string; idIssued: boolean }> {
  const { tx } = ctx;
  if (mover.personId) {
    const p = await tx.person.findUniqueOrThrow({ where: { id: mover.personId }, select: { citizenId: true } });
    return { personId: mover.personId, citizenId: p.citizenId, idIssued: false };
  }
  let created: { id: string; citizenId: string };
  let idIssued = false;
  if (mover.citizenId) {
    const found = await findPersonByNumber({ tx, citizenId: mover.citizenId });
    if (found === "invalid") throw new DomainError("VALIDATION", [`member.citizenId:${mover.name}`]);
    if (found && found.name !== mover.name) throw new DomainError("VALIDATION", [`member.nameMismatch:${mover.name}`]);
    created = found ?? (await createPerson({ tx, citizenId: mover.citizenId, name: mover.name, actorId: ctx.actorId }));
  } else {
    if (!mover.sex || !mover.birthDate) throw new DomainError("VALIDATION", [`member.sex:${mover.name}`]);
    created = await createNewborn({
      tx,
      stationId: ctx.stationId,
      name: mover.name,
      birthDate: dayOf(mover.birthDate),
      sex: mover.sex,
      actorId: ctx.actorId,
      reason: "citizen ID issued on registration",
    });
    idIssued = true;
  }
  if (mover.memberId)
    await tx.applicationMember.update({
      where: { id: mover.memberId },
      data: { personId: created.id, citizenId: created.citizenId, idIssued },
    });
  return { personId: created.id, citizenId: created.citizenId, idIssued };
}

/** A person a decision placed: who, in which household, and the household they left (null: none in the register). */
export interface SettledPerson {
  personId: string;
  name: string;
  citizenId: string;
  idIssued: boolean;
  householdId: string;
  leftHouseholdId: string | null;
}

/** Settlement or no-hukou registration: everyone moves (or is registered) into the target household. */
export async function settleMovers(
  ctx: DecisionContext & { target: TargetHousehold; movers: Mover[]; leaveReason: string; joinReason: string },
): Promise<SettledPerson[]> {
  const collective = ctx.target.collective;
  const settled: SettledPerson[] = [];
  for (const mover of ctx.movers) {
    const { personId, citizenId, idIssued } = await personOf(ctx, mover);
    const relation: Relation =
      mover.relation === "HEAD"
        ? ctx.target.applicantRelation
        : collective
          ? "OTHER"
          : relationToHead({ applicant: ctx.target.applicantRelation as never, member: mover.relation as never });
    const current = await activeMembership({ tx: ctx.tx, personId });
    if (current?.householdId === ctx.target.id) throw new DomainError("INVALID_STATE", ["already registered there"]);
    // Another decision moved this person after the case was submitted (e.g. two cases racing): what
    // this case asked for no longer describes the register — the clerk must look again.
    if (current && ctx.submittedAt && current.createdAt > ctx.submittedAt) throw REGISTRY_CHANGED();
    const left = await movePerson({
      tx: ctx.tx,
      personId,
      to: ctx.target,
      relation,
      on: ctx.on,
      leaveReason: ctx.leaveReason,
      joinReason: ctx.joinReason,
      actorId: ctx.actorId,
      applicationId: ctx.applicationId,
    });
    settled.push({ personId, name: mover.name, citizenId, idIssued, householdId: ctx.target.id, leftHouseholdId: left });
  }
  return settled;
}

/** A newborn: numbered at the station and registered in the parent's household. */
export async function registerNewborn(
  ctx: DecisionContext & {
    parentPersonId: string;
    householdNumber: string | null;
    member: { id: string; name: string; birthDate: Date; sex: "MALE" | "FEMALE" | null };
  },
) {
  const { tx, member } = ctx;
  if (!member.sex) throw new DomainError("VALIDATION", ["member.sex"]);
  const parent = await activeMembership({ tx, personId: ctx.parentPersonId });
  // A child is registered in a parent's household, of the deciding station: never in a household the
  // parent is not in, nor in another station's (a move between stations is a transfer, not a birth).
  const household = parent
    ? await tx.household.findFirst({
        where: {
          id: parent.householdId,
          stationId: ctx.stationId,
          closedOn: null,
          ...(ctx.householdNumber ? { householdNumber: ctx.householdNumber } : {}),
        },
        select: { id: true, householdNumber: true, address: true },
      })
    : null;
  if (!household) throw new DomainError("VALIDATION", ["placement.householdNumber"]);
  // The child's relation to the head, from the parent's: the head's or spouse's child is CHILD, a
  // child's child GRANDCHILD; anything further is OTHER (decision record 0014).
  const parentRelation = parent && parent.householdId === household.id ? parent.relation : null;
  const relation: Relation =
    parentRelation === "HEAD" || parentRelation === "SPOUSE" ? "CHILD" : parentRelation === "CHILD" ? "GRANDCHILD" : "OTHER";
  const child = await createNewborn({
    tx,
    stationId: ctx.stationId,
    name: member.name,
    birthDate: dayOf(member.birthDate),
    sex: member.sex,
    actorId: ctx.actorId,
  });
  await joinHousehold({
    tx,
    personId: child.id,
    householdId: household.id,
    relation,
    on: ctx.on,
    reason: DECISION_REASONS.newbornJoin(ctx),
    actorId: ctx.actorId,
    applicationId: ctx.applicationId,
  });
  await tx.applicationMember.update({ where: { id: member.id }, data: { personId: child.id, citizenId: child.citizenId } });
  return { person: child, household };
}
