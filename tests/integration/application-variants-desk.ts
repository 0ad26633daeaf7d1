// The desk the application-variant tests share: the test place (apply-fixtures' ensurePlace), a clerk there, and
// a case taken from start to the clerk through the real submission. Call useVariantsDesk(db) at the top of a
// test file; `clerk` and `stationId` are set before its tests run (ES modules export live bindings).
import { beforeAll } from "vitest";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { takeCase } from "@/lib/applications/take-case";
import { ensurePlace, memoryStore, PDF } from "./apply-fixtures";
import { answeredDraft, submitDeclared } from "./apply-draft";
import { makeClerk } from "@/tests/factories/staff";
import { uploadMissingDocuments } from "@/tests/factories/drafts";
import { RENTER_ANSWERS } from "@/tests/factories/chenzhou-renter";

let db: Db;
export let clerk: Actor;
export let stationId: string;
export const store = memoryStore();

export function useVariantsDesk(testDb: Db) {
  db = testDb;
  beforeAll(async () => {
    const place = await ensurePlace(db);
    stationId = place.station.id;
    clerk = await makeClerk(db, stationId);
  });
}

/** The README's resident (RENTER_ANSWERS) with a second member: their child. */
export const SETTLEMENT = {
  ...RENTER_ANSWERS,
  family: {
    ...RENTER_ANSWERS.family,
    members: "2",
    // The child has no ID card: the form says the number may be left empty.
    "m1.name": "李小禾",
    "m1.sex": "MALE",
    "m1.relation": "child",
    "m1.birthDate": "2020-06-15",
    "m1.coResident": "on",
  },
};

/** Answers every section, uploads every document the submission asks for, submits, and the clerk takes the case. */
export async function submitted(
  actor: Actor,
  kind: ApplicationKind,
  answers: Record<string, Record<string, string>>,
  options: { explanation?: string } = {},
) {
  const draft = await answeredDraft(db, actor, answers, kind);
  const uploaded = await uploadMissingDocuments({
    db,
    actor,
    applicationId: draft.id,
    expectedVersion: draft.version,
    explanation: options.explanation,
    bytes: PDF,
    store,
  });
  if (uploaded) await submitDeclared(db, actor, draft, options.explanation);
  const { id } = draft;
  const app = await db.application.findUniqueOrThrow({ where: { id }, include: { members: { orderBy: { position: "asc" } } } });
  const taken = await takeCase({ db, actor: clerk, applicationId: id, expectedVersion: app.version });
  return { app, version: taken.version };
}

export async function headHousehold(personId: string) {
  const h = await db.household.create({
    data: {
      householdNumber: `43100201${String(Math.floor(Math.random() * 1e4)).padStart(4, "0")}`,
      type: "FAMILY",
      address: "北湖区燕泉路 3 号",
      area: "CENTRAL_URBAN",
      stationId,
    },
  });
  await db.membership.create({
    data: { personId, householdId: h.id, relation: "HEAD", validFrom: new Date("2010-01-01T00:00:00Z"), activePersonId: personId },
  });
  return h;
}
