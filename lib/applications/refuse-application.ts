// 不予批准: a refusal states its reason and the clause it rests on (both required, both shown to the
// applicant), through moveCase — IN_REVIEW or NEEDS_MATERIALS (no answer) → REJECTED. One transaction,
// which also issues the written decision, the 不予许可决定书 (行政许可法 第三十八条 第二款: reasons, and
// the right to 行政复议 or 行政诉讼 with their time limits), verifiable like every certificate.
//
// Refusing what the engine found eligible (a pathway met at submission or today) is a decision against
// the engine, like approving what it found not eligible: the written reason is then what the supervisor
// reads, and the case is marked againstEngine (docs/decisions/0245).
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { issueCertificate } from "@/lib/certificates/issue";
import { certificateData } from "@/lib/certificates/data-keys";
import { issuingBodies } from "@/lib/certificates/issuing-bodies";
import { translator } from "@/lib/i18n";
import { moveCase, MOVABLE_SELECT } from "./lifecycle";
import { decisionDay } from "./clerk-case";
import { compareAnswers, metPathways } from "./engine-compare";
import { applicationScope } from "@/lib/auth/scope";
import { auditingNotHolder, requireHolder } from "./holder";

const zh = translator("zh-CN");

export async function refuseApplication(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  reason: string;
  clause: string;
  now?: Date;
}) {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "decide:application:station");
  const reason = options.reason.trim();
  const clause = options.clause.trim();
  const problems = [...(reason ? [] : ["reason"]), ...(clause ? [] : ["clause"])];
  if (problems.length > 0) throw new DomainError("VALIDATION", problems);
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  const on = decisionDay(now);
  return auditingNotHolder({ db, actor, decision: "refuse" }, () =>
    db.$transaction(async (tx) => {
      const app = await tx.application.findFirst({
        where: { id: options.applicationId, ...applicationScope(actor) },
        select: {
          ...MOVABLE_SELECT,
          stationId: true,
          facts: true,
          decisionSnapshot: true,
          applicantPersonId: true,
          applicantPerson: { select: { name: true } },
          station: { select: { name: true } },
        },
      });
      if (!app) throw new DomainError("NOT_FOUND");
      if (app.status !== "IN_REVIEW" && app.status !== "NEEDS_MATERIALS")
        throw new DomainError(app.version !== expectedVersion ? "STALE" : "INVALID_STATE");
      requireHolder({ app, actor });
      const engineSaysEligible =
        (app.kind === "SETTLEMENT" || app.kind === "RESIDENCE_PERMIT") &&
        metPathways(compareAnswers({ snapshot: app.decisionSnapshot, facts: app.facts, today: on.iso })).length > 0;

      const { bodies, certificate } = await issueRefusalDecision({ tx, actorId: actor.id, app, on, reason, clause });
      // The move comes after the certificate only so the notice can name it; a STALE move rolls both back.
      const version = await moveCase({
        tx,
        app,
        to: "REJECTED",
        actorId: actor.id,
        expectedVersion,
        calendar,
        now,
        reason,
        clause,
        action: "application.refuse",
        auditData: { againstEngine: engineSaysEligible, certificateId: certificate.id },
        data: { decisionReason: reason, decisionClause: clause, decisionPathwayId: null, againstEngine: engineSaysEligible },
        noticeData: { certificateId: certificate.id, certificateCode: certificate.code, reviewBody: bodies.reviewBody },
      });
      return { number: app.number, version, againstEngine: engineSaysEligible, certificate };
    }),
  );
}

/** The 不予许可决定书: the reason and clause, the matter, and where to seek 行政复议 (the station's issuing bodies). */
async function issueRefusalDecision(options: {
  tx: Prisma.TransactionClient;
  actorId: string;
  app: {
    id: string;
    number: string;
    kind: ApplicationKind;
    stationId: string;
    applicantPersonId: string;
    applicantPerson: { name: string };
    station: { name: string };
  };
  on: { date: Date; iso: string };
  reason: string;
  clause: string;
}) {
  const { tx, app, on, reason, clause } = options;
  const bodies = await issuingBodies({ tx, stationId: app.stationId });
  const certificate = await issueCertificate({
    tx,
    actorId: options.actorId,
    kind: "REFUSAL_DECISION",
    applicationId: app.id,
    permitId: null,
    holderId: app.applicantPersonId,
    stationId: app.stationId,
    issuedOn: on.date,
    data: certificateData("REFUSAL_DECISION", {
      holderName: app.applicantPerson.name,
      stationName: app.station.name,
      decisionDate: on.iso,
      clause,
      applicationNumber: app.number,
      reason,
      matter: zh(`kind.${app.kind}`),
      bureauName: bodies.bureauName,
      reviewBody: bodies.reviewBody,
    }),
  });
  return { bodies, certificate };
}
