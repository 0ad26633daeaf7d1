// Data for the clerk's end-to-end specs: a submitted settlement case of a station with real facts, the
// engine's answer as submission stored it, a legal clock, and a document whose bytes are in the store.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { answerEligibility } from "../../lib/policy";
import { caseClock } from "../../lib/clock";
import { getBlobStore } from "../../lib/storage";
import { moveCase, MOVABLE_SELECT } from "../../lib/applications/lifecycle";
import { SETTLEMENT_FACTS } from "../../tests/factories/chenzhou-renter";
import { makeDocument } from "../../tests/factories/documents";
import { stationAndPolicyUnit, type TestUser } from "../fixtures";

// A 1×1 PNG.
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);

export async function createSettlementCase(
  db: Db,
  options: { stationId: string; applicant: TestUser; status?: "SUBMITTED" | "IN_REVIEW"; assigneeId?: string },
) {
  const { station, policyUnit } = await stationAndPolicyUnit(db, options.stationId);
  const person = await db.person.findUniqueOrThrow({ where: { id: options.applicant.personId! } });
  const now = new Date();
  const asOf = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const facts = {
    jurisdiction: policyUnit.policyCode,
    area: "central_urban",
    kind: "settlement",
    asOf,
    // The README resident's whole answers, born when the test's applicant was.
    applicant: { ...SETTLEMENT_FACTS.applicant, birthDate: person.birthDate.toISOString().slice(0, 10) },
    members: [],
  };
  const answer = answerEligibility({ body: facts, today: asOf });
  if (answer.status !== 200) throw new Error("fixture facts invalid");
  const clock = caseClock({
    input: { kind: "SETTLEMENT", status: "SUBMITTED", clockStartedAt: now, clockPausedAt: null, pausedWorkingDays: 0, decidedAt: null },
    calendar: new Map(),
    now,
  });
  const app = await db.application.create({
    data: {
      number: `E2E-${randomUUID().slice(0, 12)}`,
      kind: "SETTLEMENT",
      status: options.status ?? "SUBMITTED",
      targetJurisdictionId: policyUnit.id,
      targetArea: "CENTRAL_URBAN",
      stationId: station.id,
      applicantUserId: options.applicant.id,
      applicantPersonId: person.id,
      assigneeId: options.assigneeId ?? null,
      facts,
      decisionSnapshot: JSON.parse(JSON.stringify(answer.json)),
      policyId: answer.json.policy?.id ?? null,
      eligibleAtSubmission: answer.json.eligible,
      explanation: answer.json.eligible ? null : "e2e",
      submittedAt: now,
      clockStartedAt: now,
      dueAt: clock.deadline,
      address: "北湖区人民西路 18 号 2 栋 301",
    },
  });
  const sha256 = await getBlobStore().put(PNG);
  await makeDocument(db, {
    applicationId: app.id,
    kind: "id_card",
    fileName: "身份证.png",
    sha256,
    sizeBytes: PNG.length,
    mediaType: "image/png",
    uploadedById: options.applicant.id,
  });
  return app;
}

/** The applicant's answer to 补正 (the applicant side builds the page; here it is done directly). */
export async function answerMaterials(db: Db, options: { applicationId: string; applicantUserId: string }) {
  await db.$transaction(async (tx) => {
    const app = await tx.application.findUniqueOrThrow({ where: { id: options.applicationId }, select: MOVABLE_SELECT });
    await moveCase({
      tx,
      app,
      to: "IN_REVIEW",
      actorId: options.applicantUserId,
      expectedVersion: app.version,
      calendar: new Map(),
      now: new Date(),
      action: "application.answer-materials",
    });
    await tx.materialsRequest.updateMany({
      where: { applicationId: options.applicationId, answeredAt: null },
      data: { answeredAt: new Date(), answerNote: "已补交" },
    });
  });
}
