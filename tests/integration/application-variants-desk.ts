// The desk the application-variant tests share: the test place (apply-fixtures' ensurePlace), a clerk there, and
// a case taken from start to the clerk through the real submission. Call useVariantsDesk(db) at the top of a
// test file; `clerk` and `stationId` are set before its tests run (ES modules export live bindings).
import { beforeAll, expect } from "vitest";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { todayInChina } from "@/lib/policy/dates";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication } from "@/lib/applications/submit-application";
import { addDocument } from "@/lib/applications/documents";
import { takeCase } from "@/lib/applications/take-case";
import { ensurePlace, memoryStore, PDF, atPlace } from "./apply-fixtures";
import { makeClerk } from "@/tests/factories/staff";

let db: Db;
export let clerk: Actor;
export let stationId: string;
export const store = memoryStore();
export const today = todayInChina({ now: new Date() });

export function useVariantsDesk(testDb: Db) {
  db = testDb;
  beforeAll(async () => {
    const place = await ensurePlace(db);
    stationId = place.station.id;
    clerk = await makeClerk(db, stationId);
  });
}

export const SETTLEMENT = {
  about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
  home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.months": "14", placement: "new" },
  work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.socialInsurance.urbanMonths": "12" },
  grounds: { "applicant.education.level": "bachelor" },
  family: {
    members: "2",
    "m0.name": "李梅",
    "m0.sex": "FEMALE",
    "m0.relation": "spouse",
    "m0.birthDate": "1991-02-03",
    "m0.coResident": "on",
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
  const { id } = await startApplication({
    db,
    actor,
    ...atPlace(kind),
  });
  let version = 1;
  for (const [section, values] of Object.entries(answers)) {
    const saved = await saveSection({ db, actor, applicationId: id, section, expectedVersion: version, values, today });
    expect(saved.errors, section).toEqual([]);
    version = saved.version;
  }
  const missing = await submitApplication({
    db,
    actor,
    applicationId: id,
    expectedVersion: version,
    declared: true,
    explanation: options.explanation,
    now: new Date(),
  }).catch((e: unknown) => e);
  if (missing instanceof DomainError && missing.code === "MISSING_DOCUMENTS") {
    for (const item of missing.details)
      await addDocument({ db, actor, applicationId: id, item, fileName: `${item}.pdf`, bytes: PDF, store });
    await submitApplication({
      db,
      actor,
      applicationId: id,
      expectedVersion: version,
      declared: true,
      explanation: options.explanation,
      now: new Date(),
    });
  } else if (missing instanceof Error) throw missing;
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
