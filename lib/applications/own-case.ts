// What the applicant's own case page (/me/cases/<id>) shows, read in the actor's scope (someone else's case
// is null, like a missing one): status changes only, documents, 补正 requests, live certificates, the rating,
// the members' decisions, the calendar and — for a refused settlement — whether the applicant holds a permit
// there (it decides the refusal's next step). Pure reads: opening the case marks its notices read, and the page
// does that as its own step (markNoticesRead) once it knows the case is shown.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope, permitScope } from "@/lib/auth/scope";
import { loadCalendar, loadCalendarCoverage } from "@/lib/clock/load-calendar";

async function findOwnCase(db: Db, actor: Actor, applicationId: string) {
  return db.application.findFirst({
    where: { id: applicationId, ...applicationScope(actor) },
    include: {
      station: { select: { name: true, nameEn: true } },
      targetJurisdiction: { select: { name: true, nameEn: true, policyCode: true } },
      targetUnit: { select: { code: true } },
      // Status changes only: 督办 and 改派 are the administration's own business (and name the officer).
      caseEvents: {
        where: { kind: "STATUS" },
        orderBy: { createdAt: "asc" },
        select: { id: true, createdAt: true, toStatus: true, actorId: true, reason: true, clause: true },
      },
      documents: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fileName: true, review: true, reviewNote: true, createdAt: true, requestId: true },
      },
      materialsRequests: {
        orderBy: { requestedAt: "desc" },
        select: { id: true, items: true, message: true, requestedAt: true, answeredAt: true },
      },
      certificates: { where: { revokedAt: null }, select: { id: true, code: true, kind: true, issuedOn: true, data: true } },
      rating: { select: { score: true, comment: true } },
      members: {
        orderBy: { position: "asc" },
        select: { name: true, relation: true, approved: true, decisionNote: true, idIssued: true, citizenId: true },
      },
    },
  });
}

export type OwnCase = NonNullable<Awaited<ReturnType<typeof findOwnCase>>>;

/** The case row alone: null when missing or not the actor's; a draft is returned as is (the page sends it to /apply). */
export async function loadOwnCase(options: { db: Db; actor: Actor; applicationId: string }) {
  const actor = requirePermission(options.actor, "read:application:own");
  return findOwnCase(options.db, actor, options.applicationId);
}

/** What the page shows beside a submitted case: the calendar and its coverage, and for a refused settlement the permit held. */
export async function loadOwnCaseContext(options: { db: Db; actor: Actor; app: OwnCase }) {
  const { db, app } = options;
  const actor = requirePermission(options.actor, "read:application:own");
  const [calendar, coverage] = await Promise.all([loadCalendar({ db }), loadCalendarCoverage({ db })]);
  const holdsPermit =
    app.status === "REJECTED" &&
    app.kind === "SETTLEMENT" &&
    (await db.residencePermit.count({
      where: { ...permitScope(actor), jurisdictionId: app.targetJurisdictionId, status: { in: ["VALID", "SUSPENDED"] } },
    })) > 0;
  return { calendar, coverage, holdsPermit };
}
