// A clerk's decision for any integration test: `approveCase` is the approval with the usual arguments, and
// `makePersonCase` the case of one person (a no-hukou or newborn registration) in review, with that person's row.
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/permissions";
import { approveApplication, type ApproveOptions } from "../../lib/applications/approve-application";
import type { ApplicationKind } from "../../lib/generated/prisma/enums";
import { makeCase, type CasePlace } from "./cases";

/** The pathway the factories' settlement case (SETTLEMENT_FACTS) meets: 郴州's employment, residence and insurance. */
export const SETTLEMENT_PATHWAY = "chenzhou.central-urban.employment-residence-insurance";

/**
 * `actor` approves `app` at the case's version, on the settlement pathway, approving no member; `decision`
 * overrides any of these and adds the rest (placement, clause, reason, member notes).
 */
export function approveCase(
  db: Db,
  actor: Actor,
  app: { id: string; version: number },
  decision: Partial<Omit<ApproveOptions, "db" | "actor" | "applicationId">> = {},
) {
  return approveApplication({
    db,
    actor,
    applicationId: app.id,
    expectedVersion: app.version,
    pathwayId: SETTLEMENT_PATHWAY,
    approvedMemberIds: [],
    ...decision,
  });
}

/** A case about one person (the applicant's child), in review with `clerk`, and that person's ApplicationMember row. */
export async function makePersonCase(
  db: Db,
  options: CasePlace & {
    kind: ApplicationKind;
    applicant: { user: { id: string }; person: { id: string } };
    clerk: Actor;
    child: { name: string; birthDate: string; sex?: "MALE" | "FEMALE"; citizenId?: string };
  },
) {
  const { clerk, child, ...rest } = options;
  const app = await makeCase(db, { ...rest, status: "IN_REVIEW", assigneeId: clerk.id, members: [{ relation: "CHILD", ...child }] });
  const member = await db.applicationMember.findFirstOrThrow({ where: { applicationId: app.id } });
  return { app, member };
}

/** An endorsement (签注) case of a residence permit, in review with `clerk`. */
export function makeEndorsementCase(
  db: Db,
  options: CasePlace & { applicant: { user: { id: string }; person: { id: string } }; clerk: Actor; permitId: string; submittedAt?: Date },
) {
  const { clerk, ...rest } = options;
  return makeCase(db, { ...rest, kind: "PERMIT_ENDORSEMENT", status: "IN_REVIEW", assigneeId: clerk.id });
}
