// Cases for any test: `makeCase` files one in any status at a station, `makeDesk` is the tree with the clerks
// the decision tests work with, `makeHousehold` a registered family to move people out of.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/permissions";
import { answerEligibility } from "../../lib/policy";
import { caseClock, chinaDate } from "../../lib/clock";
import { dbDate as day } from "../../lib/clock/day";
import type { ApplicationKind, ApplicationStatus, Relation } from "../../lib/generated/prisma/enums";
import { makeTree } from "./units";
import { makeClerk } from "./staff";

export { dbDate as day } from "../../lib/clock/day";

import { SETTLEMENT_FACTS } from "./chenzhou-renter";

/** Where a case is filed: a station and the policy unit whose rules apply, or a tree's first station and city. */
export type CasePlace = { stationId: string; policyUnitId: string } | { at: { station: { id: string }; city: { id: string } } };

/**
 * A case filed by `applicant`, in any status: submitted (the default) with the engine's answer stored as
 * submission stores it and a legal clock; a draft has neither submission time nor clock; a decided case
 * (approved, refused) its decision time; a 补正 case (NEEDS_MATERIALS) its clock paused now.
 */
export async function makeCase(
  db: Db,
  options: CasePlace & {
    kind?: ApplicationKind;
    applicant: { user: { id: string }; person: { id: string } };
    facts?: Record<string, unknown>;
    members?: {
      relation: Relation;
      name: string;
      birthDate: string;
      personId?: string | null;
      citizenId?: string | null;
      sex?: "MALE" | "FEMALE";
    }[];
    status?: ApplicationStatus;
    assigneeId?: string | null;
    submittedAt?: Date;
    address?: string | null;
    permitId?: string | null;
    placement?: unknown;
  },
) {
  const { stationId, policyUnitId } = "at" in options ? { stationId: options.at.station.id, policyUnitId: options.at.city.id } : options;
  const status = options.status ?? "SUBMITTED";
  const filed = status !== "DRAFT";
  const decided = status === "APPROVED" || status === "REJECTED";
  const kind = options.kind ?? "SETTLEMENT";
  const facts = options.facts ?? (kind === "SETTLEMENT" ? SETTLEMENT_FACTS : {});
  const answer = kind === "SETTLEMENT" || kind === "RESIDENCE_PERMIT" ? answerEligibility({ body: facts, today: "2026-11-20" }) : null;
  const snapshot = answer?.status === 200 ? answer.json : null;
  const submittedAt = options.submittedAt ?? new Date();
  const clock = caseClock({
    input: { kind, status: "SUBMITTED", clockStartedAt: submittedAt, clockPausedAt: null, pausedWorkingDays: 0, decidedAt: null },
    calendar: new Map(),
    now: submittedAt,
  });
  return db.application.create({
    data: {
      number: `CW-${randomUUID().slice(0, 10)}`,
      kind,
      status,
      targetJurisdictionId: policyUnitId,
      targetArea: "CENTRAL_URBAN",
      stationId,
      applicantUserId: options.applicant.user.id,
      applicantPersonId: options.applicant.person.id,
      facts: facts as object,
      decisionSnapshot: snapshot ? JSON.parse(JSON.stringify(snapshot)) : undefined,
      eligibleAtSubmission: snapshot ? snapshot.eligible : null,
      explanation: snapshot && !snapshot.eligible ? "申请人说明" : null,
      assigneeId: options.assigneeId ?? null,
      submittedAt: filed ? submittedAt : null,
      clockStartedAt: filed ? submittedAt : null,
      dueAt: filed ? clock.deadline : null,
      decidedAt: decided ? new Date() : null,
      clockPausedAt: status === "NEEDS_MATERIALS" ? new Date() : null,
      address: options.address === undefined ? "测试市人民路 8 号" : options.address,
      permitId: options.permitId ?? null,
      placement: options.placement === undefined ? undefined : (options.placement as object),
      members: {
        create: (options.members ?? []).map((m, i) => ({
          position: i,
          relation: m.relation,
          name: m.name,
          birthDate: day(m.birthDate),
          personId: m.personId ?? null,
          citizenId: m.citizenId ?? null,
          sex: m.sex ?? null,
          facts: {},
          eligible: snapshot ? (snapshot.members[i]?.eligible ?? null) : null,
        })),
      },
    },
  });
}

export const today = () => chinaDate(new Date());

/** A tree with two clerks at its first station and one at its second: the desk the decision tests work at. */
export async function makeDesk(
  db: Db,
): Promise<{ tree: Awaited<ReturnType<typeof makeTree>>; clerk: Actor; clerk2: Actor; otherStationClerk: Actor }> {
  const tree = await makeTree(db);
  const clerk = await makeClerk(db, tree.station.id);
  const clerk2 = await makeClerk(db, tree.station.id);
  const otherStationClerk = await makeClerk(db, tree.station2.id);
  return { tree, clerk, clerk2, otherStationClerk };
}

export async function makeHousehold(db: Db, options: { stationId: string; members: { personId: string; relation: Relation }[] }) {
  const h = await db.household.create({
    data: {
      householdNumber: `T${randomUUID().slice(0, 11)}`,
      type: "FAMILY",
      address: "老家村 1 号",
      area: "RURAL",
      stationId: options.stationId,
    },
  });
  for (const m of options.members) {
    await db.membership.create({
      data: { personId: m.personId, householdId: h.id, relation: m.relation, validFrom: day("2010-01-01"), activePersonId: m.personId },
    });
  }
  return h;
}
