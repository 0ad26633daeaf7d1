// Case states for the follow-* specs, built straight in the database so each spec starts from the
// exact case it is about: a settlement case at the demo clerk's station, its history, its notices.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { ApplicationStatus } from "../../lib/generated/prisma/enums";
import { demoStations, type TestUser } from "../fixtures";
import { chinaDate, dbDate } from "../../lib/clock/day";
import { RENTER_WORK, renterRequest } from "../../tests/factories/chenzhou-renter";

export { tinyPng } from "../../tests/integration/mycase-helpers";

const DAY = 86_400_000;

export async function clerkOfDemoStation(db: Db) {
  return db.user.findUniqueOrThrow({ where: { username: "clerk" }, select: { id: true, displayName: true, stationId: true } });
}

interface CaseOptions {
  applicant: TestUser;
  status: ApplicationStatus;
  decision?: { reason: string; clause: string };
  kind?: "SETTLEMENT" | "PERMIT_ENDORSEMENT";
  permitId?: string;
}

type Built = { id: string; number: string };

/** The answers of every case built here: the README's resident, settling in 郴州's central urban area with their spouse. */
const FACTS = renterRequest({ asOf: "2026-11-19", applicant: RENTER_WORK });

/** The engine's answer at submission, as a submitted case carries it. */
const SNAPSHOT = {
  eligible: true,
  kind: "settlement",
  policy: { title: "郴州市关于进一步推进户籍制度改革的实施意见", documentNumber: "郴政发〔2016〕1号" },
  pathways: [
    {
      id: "chenzhou.central-urban.employment-residence-insurance",
      eligible: true,
      summary: "合法稳定就业并有合法稳定住所、参加城镇社会保险",
      summaryEn: "Stable job, home and insurance",
      citation: { document: "郴政发〔2016〕1号", clause: "三(一)" },
      unmet: [],
    },
  ],
  members: [],
  reason: null,
  jurisdiction: "chenzhou",
  area: "central_urban",
  asOf: "2026-11-19",
  notes: [],
};

/** A case in `status`, with the events that led there (by the applicant and by the station's clerk). */
export async function buildCase(db: Db, options: CaseOptions) {
  const { clerkStationId } = await demoStations(db);
  const clerk = await clerkOfDemoStation(db);
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { id: clerkStationId } });
  const target = await db.jurisdiction.findFirstOrThrow({ where: { policyCode: "chenzhou" } });
  const submittedAt = new Date(Date.now() - 3 * DAY);
  const draft = options.status === "DRAFT";
  const decided = options.status === "APPROVED" || options.status === "REJECTED";
  const app = await db.application.create({
    data: {
      number: `E2E-${randomUUID().slice(0, 12)}`,
      kind: options.kind ?? "SETTLEMENT",
      status: options.status,
      targetJurisdictionId: target.id,
      targetArea: "CENTRAL_URBAN",
      stationId: station.id,
      applicantUserId: options.applicant.id,
      applicantPersonId: options.applicant.personId!,
      permitId: options.permitId ?? null,
      facts: FACTS,
      decisionSnapshot: draft ? undefined : SNAPSHOT,
      eligibleAtSubmission: draft ? null : true,
      sectionsDone: draft ? ["applicant", "residence"] : [],
      submittedAt: draft ? null : submittedAt,
      clockStartedAt: draft ? null : submittedAt,
      clockPausedAt: options.status === "NEEDS_MATERIALS" ? new Date(Date.now() - DAY) : null,
      assigneeId: ["IN_REVIEW", "NEEDS_MATERIALS", "APPROVED", "REJECTED"].includes(options.status) ? clerk.id : null,
      decidedAt: decided ? new Date(Date.now() - 60_000) : null,
      decisionReason: options.decision?.reason ?? null,
      decisionClause: options.decision?.clause ?? null,
    },
  });
  if (!draft) await writeHistory(db, { app, options, clerkId: clerk.id, submittedAt, decided });
  if (options.status === "NEEDS_MATERIALS") await writeMaterialsRequest(db, { app, options, clerkId: clerk.id });
  return { app, clerk, station };
}

/** The events and the first notice of a submitted case, an hour apart from its submission. */
async function writeHistory(
  db: Db,
  {
    app,
    options,
    clerkId,
    submittedAt,
    decided,
  }: { app: Built; options: CaseOptions; clerkId: string; submittedAt: Date; decided: boolean },
) {
  const steps: [ApplicationStatus | null, ApplicationStatus, string, string | null][] = [
    ["DRAFT", "SUBMITTED", options.applicant.id, null],
  ];
  if (options.status !== "SUBMITTED") steps.push(["SUBMITTED", "IN_REVIEW", clerkId, "受理"]);
  if (options.status === "NEEDS_MATERIALS") steps.push(["IN_REVIEW", "NEEDS_MATERIALS", clerkId, "请补充租赁合同和照片"]);
  if (decided) steps.push(["IN_REVIEW", options.status, clerkId, options.decision?.reason ?? null]);
  let at = submittedAt.getTime();
  for (const [from, to, actorId, reason] of steps) {
    await db.caseEvent.create({
      data: {
        applicationId: app.id,
        actorId,
        fromStatus: from,
        toStatus: to,
        reason,
        clause: to === options.status && decided ? (options.decision?.clause ?? null) : null,
        createdAt: new Date(at),
      },
    });
    at += 3_600_000;
  }
  await db.notice.create({
    data: {
      userId: options.applicant.id,
      kind: "submitted",
      applicationId: app.id,
      data: { number: app.number },
      createdAt: submittedAt,
    },
  });
}

/** The clerk's 补正 request of a NEEDS_MATERIALS case and its notice. */
async function writeMaterialsRequest(db: Db, { app, options, clerkId }: { app: Built; options: CaseOptions; clerkId: string }) {
  await db.materialsRequest.create({
    data: {
      applicationId: app.id,
      requestedById: clerkId,
      requestedAt: new Date(Date.now() - DAY),
      message: "请一次性补齐以下材料。",
      items: [
        { item: "lease", note: "租赁合同缺少第二页" },
        { item: "photo", note: "照片不清晰" },
        { item: null, note: "请说明与配偶的共同居住情况" },
      ],
    },
  });
  await db.notice.create({
    data: { userId: options.applicant.id, kind: "materials_requested", applicationId: app.id, data: { number: app.number } },
  });
}

/** A residence permit of the applicant whose anniversary is `daysAhead` days from today. */
export async function buildPermit(db: Db, options: { applicant: TestUser; daysAhead: number }) {
  const { clerkStationId } = await demoStations(db);
  const target = await db.jurisdiction.findFirstOrThrow({ where: { policyCode: "chenzhou" } });
  const today = dbDate(chinaDate(new Date()));
  const validUntil = new Date(today.getTime() + options.daysAhead * DAY);
  const issuedOn = new Date(validUntil.getTime() - 365 * DAY);
  return db.residencePermit.create({
    data: {
      number: `JZZ-E2E-${randomUUID().slice(0, 8)}`,
      holderId: options.applicant.personId!,
      jurisdictionId: target.id,
      stationId: clerkStationId,
      address: "郴州市北湖区测试路 1 号",
      issuedOn,
      residenceSince: issuedOn,
      validUntil,
    },
  });
}
