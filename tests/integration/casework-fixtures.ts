// Per-test data for the casework tests: a policy unit with a region code, stations under it, clerks,
// applicants with registry records, and submitted cases carrying the engine's answer as submission did.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { answerEligibility } from "@/lib/policy";
import { caseClock, chinaDate } from "@/lib/clock";
import { makePerson } from "@/tests/factories/people";
import type { ApplicationKind, Relation } from "@/lib/generated/prisma/enums";
import { dbDate as day } from "@/lib/clock/day";

/** The 郴州 policy unit, the demo tree's own (same code, path and policy) whichever test creates it first. */
export async function policyCity(db: Db) {
  // Under 湖南省 as in the demo tree (prisma/seed/jurisdiction-tree.ts): the seed, run later in the same
  // database, adds its units under the paths it would have made itself, so the two must agree.
  const province = await db.jurisdiction.upsert({
    where: { code: "hunan" },
    update: {},
    create: { code: "hunan", name: "湖南省", nameEn: "Hunan Province", level: "PROVINCE", area: "CENTRAL_URBAN", path: "/hunan/" },
  });
  return db.jurisdiction.upsert({
    where: { code: "chenzhou" },
    update: {},
    create: {
      code: "chenzhou",
      name: "郴州市",
      nameEn: "Chenzhou",
      level: "CITY",
      area: "CENTRAL_URBAN",
      path: "/hunan/chenzhou/",
      policyCode: "chenzhou",
      regionCode: "431000",
      parentId: province.id,
    },
  });
}

export { dbDate as day } from "@/lib/clock/day";
let seq = 0;

export async function makeTree(db: Db) {
  const code = `cw-${randomUUID().slice(0, 8)}`;
  // One unit per policy (a unique index): the tests' own county and stations go under the 郴州 unit.
  const city = await policyCity(db);
  const county = await db.jurisdiction.create({
    data: {
      code: `${code}-c`,
      name: "测试区",
      level: "COUNTY",
      area: "CENTRAL_URBAN",
      path: `${city.path}${code}-c/`,
      parentId: city.id,
      regionCode: "431002",
    },
  });
  const station = await db.jurisdiction.create({
    data: {
      code: `${code}-s1`,
      name: "测试一派出所",
      level: "STATION",
      area: "CENTRAL_URBAN",
      path: `${county.path}${code}-s1/`,
      parentId: county.id,
    },
  });
  const station2 = await db.jurisdiction.create({
    data: {
      code: `${code}-s2`,
      name: "测试二派出所",
      level: "STATION",
      area: "CENTRAL_URBAN",
      path: `${county.path}${code}-s2/`,
      parentId: county.id,
    },
  });
  return { city, county, station, station2 };
}

export async function makeClerk(db: Db, stationId: string, options: { lead?: boolean } = {}): Promise<Actor> {
  const u = await db.user.create({
    data: {
      username: `cw-clerk-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: `民警${(seq += 1)}`,
      role: "CLERK",
      stationId,
      stationLead: options.lead ?? false,
    },
    include: { station: { select: { path: true } } },
  });
  return {
    id: u.id,
    role: "CLERK",
    displayName: u.displayName,
    stationId,
    jurisdictionId: null,
    scopePath: u.station!.path,
    personId: null,
  };
}

export async function makeApplicant(db: Db, options: { birthDate?: string; sex?: "MALE" | "FEMALE" } = {}) {
  const person = await makePerson(db, { birthDate: options.birthDate ?? "1990-04-01", sex: options.sex, name: "申请人" });
  // Verified: a resident whose ID card the station has checked (an unverified one cannot be approved, decision 0257).
  const user = await db.user.create({
    data: {
      username: `cw-app-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: person.name,
      role: "APPLICANT",
      personId: person.id,
      identityVerifiedAt: new Date(),
    },
  });
  return { person, user };
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

export const SETTLEMENT_FACTS = {
  jurisdiction: "chenzhou",
  area: "central_urban",
  kind: "settlement",
  asOf: "2026-11-20",
  applicant: {
    birthDate: "1990-04-01",
    hukou: { jurisdiction: "elsewhere", area: "rural", formerNature: "agricultural" },
    residence: { type: "rented", months: 14, ownDoorNumber: true },
    employment: { type: "employee", months: 12, newPublicSectorHire: false },
    stableIncome: true,
    socialInsurance: { urbanMonths: 12, medical: true },
    education: { level: "bachelor", returnedFromAbroad: false, admittedLocally: false },
  },
  members: [{ relation: "spouse", birthDate: "1991-02-03", coResident: true }],
};

export async function makeCase(
  db: Db,
  options: {
    kind?: ApplicationKind;
    stationId: string;
    policyUnitId: string;
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
    status?: "SUBMITTED" | "IN_REVIEW";
    assigneeId?: string | null;
    submittedAt?: Date;
    address?: string | null;
    permitId?: string | null;
    placement?: unknown;
  },
) {
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
      status: options.status ?? "SUBMITTED",
      targetJurisdictionId: options.policyUnitId,
      targetArea: "CENTRAL_URBAN",
      stationId: options.stationId,
      applicantUserId: options.applicant.user.id,
      applicantPersonId: options.applicant.person.id,
      facts: facts as object,
      decisionSnapshot: snapshot ? JSON.parse(JSON.stringify(snapshot)) : undefined,
      eligibleAtSubmission: snapshot ? snapshot.eligible : null,
      explanation: snapshot && !snapshot.eligible ? "申请人说明" : null,
      assigneeId: options.assigneeId ?? null,
      submittedAt,
      clockStartedAt: submittedAt,
      dueAt: clock.deadline,
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
export async function makeDesk(db: Db) {
  const tree = await makeTree(db);
  const clerk = await makeClerk(db, tree.station.id);
  const clerk2 = await makeClerk(db, tree.station.id);
  const otherStationClerk = await makeClerk(db, tree.station2.id);
  return { tree, clerk, clerk2, otherStationClerk };
}
