// The rows the authorization matrices over HTTP ask about (matrix.spec.ts, matrix-round-two.spec.ts): all of
// applicant A, at a clerk's station — a draft, and a case that clerk approved, with its household,
// certificate and file — and the way a sample of tests/security/access-matrix*.ts is requested.
import type { APIRequestContext } from "@playwright/test";
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/permissions";
import { approveApplication } from "../../lib/applications/approve-application";
import type { PageEntry, Targets } from "../../tests/security/access-matrix";
import type { TestUser } from "../fixtures";
import { buildCase } from "../applicant/follow-helpers";
import { createSettlementCase } from "../clerk/casework-helpers";

/** A's draft, and A's case at the clerk's station taken and approved by the clerk; `Targets` names them all. */
export async function applicantRows(db: Db, options: { applicant: TestUser; clerk: TestUser; stationId: string }): Promise<Targets> {
  const { applicant, stationId } = options;
  const { app: draft } = await buildCase(db, { applicant, status: "DRAFT" });
  const app = await createSettlementCase(db, { stationId, applicant, status: "IN_REVIEW", assigneeId: options.clerk.id });
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { id: stationId } });
  const clerk: Actor = {
    id: options.clerk.id,
    role: "CLERK",
    displayName: "测试CLERK",
    stationId,
    jurisdictionId: null,
    scopePath: station.path,
    personId: null,
  };
  const snapshot = app.decisionSnapshot as { pathways: { id: string; eligible: boolean }[] };
  const pathwayId = snapshot.pathways.find((p) => p.eligible)!.id;
  await approveApplication({ db, actor: clerk, applicationId: app.id, expectedVersion: app.version, pathwayId, approvedMemberIds: [] });
  const membership = await db.membership.findFirstOrThrow({ where: { personId: applicant.personId!, validTo: null } });
  const certificate = await db.certificate.findFirstOrThrow({ where: { applicationId: app.id } });
  const document = await db.document.findFirstOrThrow({ where: { applicationId: app.id } });
  return {
    draftId: draft.id,
    caseId: app.id,
    householdId: membership.householdId,
    certificateId: certificate.id,
    certificateCode: certificate.code,
    documentId: document.id,
    unitId: stationId,
    staffUserId: options.clerk.id,
    countyId: station.parentId!,
  };
}

/** A page's or route's sample, asked as the matrix judges it: redirects not followed, any status taken as the answer. */
export function requestSample(context: APIRequestContext, sample: ReturnType<PageEntry["sample"]>) {
  const options = { maxRedirects: 0, failOnStatusCode: false } as const;
  return sample.method === "POST" ? context.post(sample.path, { ...options, data: sample.json }) : context.get(sample.path, options);
}
