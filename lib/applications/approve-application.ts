// 批准: the approval and everything it does, in ONE transaction guarded by the case's version — the
// lifecycle move (moveCase), the register (settlement moves, newborn and no-hukou registration), the
// residence permit (issue or endorse) and the certificate. Any failure leaves nothing behind. This file
// holds the guard, the engine check and the move; what each kind writes is its effect (./approval/).
//
// An approval rests on a clause: one of the pathways the engine found met at submission or today; a
// clerk may approve against the engine (no met pathway chosen) only with a written reason — the case is
// then marked againstEngine for the supervisor (a DB CHECK requires the reason).
import type { Db, Prisma } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { auditingNotHolder, requireHolder } from "./holder";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import type { DecisionContext } from "@/lib/registry/apply-decision";
import { moveCase, MOVABLE_SELECT } from "./lifecycle";
import { decisionDay, unconditionalClause } from "./clerk-case";
import { allowedMembers, compareAnswers, metPathways } from "./engine-compare";
import { placementSchema, readPlacement, type Placement } from "./placement";
import { issuingBodies } from "@/lib/certificates/issuing-bodies";
import { APPROVAL_EFFECTS, type Certificate } from "./approval";
import { approvedReason } from "@/lib/registry/reasons";

/** The reason printed for a family member the engine did not allow to come along, when the clerk gives none. */
export const MEMBER_NOT_ALLOWED = "不符合所依据条款规定的随迁条件";

export interface ApproveOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  /** The met pathway the approval rests on (settlement, residence permit); null = against the engine. */
  pathwayId: string | null;
  /** Required when approving against the engine; otherwise an optional note. */
  reason?: string | null;
  /** The clause, for kinds without pathways (newborn, no-hukou, endorsement); defaults to the law's. */
  clause?: string | null;
  /** Ids of the ApplicationMember rows approved; the others are not. */
  approvedMemberIds: string[];
  /**
   * Why a member is not approved, by ApplicationMember id: required for each member left out whom the
   * engine allowed; for one the engine did not allow, the engine's finding is the reason when none is given.
   */
  memberNotes?: Record<string, string>;
  /** The clerk's confirmed placement (settlement, no-hukou); the stored one when omitted. */
  placement?: Placement | null;
  now?: Date;
}

const CASE_SELECT = {
  ...MOVABLE_SELECT,
  stationId: true,
  targetJurisdictionId: true,
  targetArea: true,
  address: true,
  placement: true,
  permitId: true,
  facts: true,
  decisionSnapshot: true,
  applicantPersonId: true,
  submittedAt: true,
  applicantPerson: { select: { name: true, citizenId: true } },
  applicantUser: { select: { identityVerifiedAt: true } },
  station: { select: { name: true } },
  targetJurisdiction: { select: { policyCode: true } },
  members: {
    orderBy: { position: "asc" },
    select: { id: true, position: true, relation: true, personId: true, citizenId: true, name: true, birthDate: true, sex: true },
  },
} as const satisfies Prisma.ApplicationSelect;

type CaseRow = Prisma.ApplicationGetPayload<{ select: typeof CASE_SELECT }>;

/** The guard: the case in the actor's scope, in review at the expected version, held by the actor, its applicant's identity checked. */
async function loadGuarded(tx: Prisma.TransactionClient, actor: Actor, options: ApproveOptions): Promise<CaseRow> {
  const app = await tx.application.findFirst({ where: { id: options.applicationId, ...applicationScope(actor) }, select: CASE_SELECT });
  if (!app) throw new DomainError("NOT_FOUND");
  if (app.status !== "IN_REVIEW") throw new DomainError(app.version !== options.expectedVersion ? "STALE" : "INVALID_STATE");
  requireHolder({ app, actor });
  // The account's link to the person is a claim until the clerk has seen the original ID card: approving
  // would write the register for whoever typed a name and number (docs/decisions/0257). Refusing needs no
  // proof — it changes nothing in the register, and a case whose applicant never comes can still end.
  if (!app.applicantUser.identityVerifiedAt) throw new DomainError("VALIDATION", ["identity.unverified"]);
  return app;
}

/** The engine check: the clause the approval rests on, whether it goes against the engine, the members the engine allowed. */
function engineBasis(app: CaseRow, options: ApproveOptions, reason: string | null, today: string) {
  const approved = new Set(options.approvedMemberIds);
  if (app.kind === "SETTLEMENT" || app.kind === "RESIDENCE_PERMIT") {
    const comparison = compareAnswers({ snapshot: app.decisionSnapshot, facts: app.facts, today });
    const met = metPathways(comparison).find((p) => p.id === options.pathwayId);
    const againstEngine = !met;
    if (againstEngine && !reason) throw new DomainError("VALIDATION", ["reason"]);
    const clause = met?.clause ?? (options.clause?.trim() || null);
    if (!clause) throw new DomainError("VALIDATION", ["clause"]);
    const allowed = allowedMembers(comparison);
    for (const m of app.members)
      if (approved.has(m.id) && !allowed.has(m.position) && !againstEngine)
        throw new DomainError("VALIDATION", [`member.notAllowed:${m.name}`]);
    return { clause, againstEngine, allowed: allowed as Set<number> | null };
  }
  const clause = options.clause?.trim() || unconditionalClause({ kind: app.kind, policyCode: app.targetJurisdiction.policyCode });
  if (!clause) throw new DomainError("VALIDATION", ["clause"]);
  return { clause, againstEngine: false, allowed: null as Set<number> | null };
}

/** Every member not approved is told why (the decision names them): the clerk's note, or the engine's finding. */
function memberNotes(app: CaseRow, options: ApproveOptions, allowed: Set<number> | null): Map<string, string> {
  const approved = new Set(options.approvedMemberIds);
  const notes = new Map<string, string>();
  const missingNotes: string[] = [];
  for (const m of app.members) {
    if (approved.has(m.id)) continue;
    const note = options.memberNotes?.[m.id]?.trim().slice(0, 500);
    if (note) notes.set(m.id, note);
    else if (allowed && !allowed.has(m.position)) notes.set(m.id, MEMBER_NOT_ALLOWED);
    else missingNotes.push(`memberNote:${m.id}`);
  }
  if (missingNotes.length) throw new DomainError("VALIDATION", missingNotes);
  return notes;
}

/** The clerk's confirmed placement, or the stored one. */
function confirmedPlacement(app: CaseRow, posted: Placement | null | undefined): Placement {
  const parsed = posted ? placementSchema.safeParse(posted) : null;
  if (parsed && !parsed.success) throw new DomainError("VALIDATION", ["placement.householdNumber"]);
  return parsed?.success ? parsed.data : readPlacement(app.placement);
}

/** The decision names everyone it is about — in the notice as on the case page and the certificate. */
function decisionNames(app: CaseRow, approved: Set<string>, notes: Map<string, string>) {
  const approvedNames = [
    ...(app.kind === "SETTLEMENT" || app.kind === "RESIDENCE_PERMIT" || app.kind === "PERMIT_ENDORSEMENT"
      ? [app.applicantPerson.name]
      : []),
    ...app.members.filter((m) => approved.has(m.id)).map((m) => m.name),
  ];
  const notApproved = app.members
    .filter((m) => !approved.has(m.id))
    .map((m) => `${m.name}（${notes.get(m.id)}）`)
    .join("；");
  return { approvedNames, notApproved };
}

/** The effect of the case's kind (./approval/), with the registry's view of the decision and what every certificate carries. */
async function runEffect(o: {
  tx: Prisma.TransactionClient;
  actorId: string;
  app: CaseRow;
  on: { date: Date; iso: string };
  clause: string;
  approvedMembers: CaseRow["members"];
  placement: Placement;
  notApproved: string;
}): Promise<Certificate[]> {
  const { tx, app, on } = o;
  const decision: DecisionContext = {
    tx,
    actorId: o.actorId,
    applicationId: app.id,
    number: app.number,
    stationId: app.stationId,
    stationName: app.station.name,
    area: app.targetArea,
    address: app.address,
    on: on.date,
    submittedAt: app.submittedAt,
    applicantPersonId: app.applicantPersonId,
  };
  // Every certificate names the issuing 公安局 beside the station (as the 不予许可决定书 does).
  const { bureauName } = await issuingBodies({ tx, stationId: app.stationId });
  const common = { stationName: app.station.name, bureauName, decisionDate: on.iso, clause: o.clause, applicationNumber: app.number };
  const effect = APPROVAL_EFFECTS[app.kind];
  return effect({ ...o, decision, onIso: on.iso, common });
}

export async function approveApplication(
  options: ApproveOptions,
): Promise<{ number: string; version: number; certificates: Certificate[] }> {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "decide:application:station");
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  const on = decisionDay(now);
  return auditingNotHolder({ db, actor, decision: "approve" }, () =>
    db.$transaction(async (tx) => {
      const app = await loadGuarded(tx, actor, options);
      const reason = options.reason?.trim() || null;
      const { clause, againstEngine, allowed } = engineBasis(app, options, reason, on.iso);
      const approved = new Set(options.approvedMemberIds);
      const notes = memberNotes(app, options, allowed);
      const placement = confirmedPlacement(app, options.placement);
      const decisionReason = reason ?? approvedReason(clause);

      const approvedMembers = app.members.filter((m) => approved.has(m.id));
      const { approvedNames, notApproved } = decisionNames(app, approved, notes);
      await moveCase({
        tx,
        app,
        to: "APPROVED",
        actorId: actor.id,
        expectedVersion,
        calendar,
        now,
        reason: decisionReason,
        clause,
        action: "application.approve",
        noticeData: { approvedNames: approvedNames.join("、"), notApproved },
        auditData: { pathwayId: options.pathwayId, againstEngine, approvedMembers: [...approved] },
        data: {
          decisionReason,
          decisionClause: clause,
          decisionPathwayId: againstEngine ? null : options.pathwayId,
          againstEngine,
          placement,
        },
      });
      for (const m of app.members)
        await tx.applicationMember.update({
          where: { id: m.id },
          data: { approved: approved.has(m.id), decisionNote: notes.get(m.id) ?? null },
        });

      const certificates = await runEffect({ tx, actorId: actor.id, app, on, clause, approvedMembers, placement, notApproved });
      return { number: app.number, version: expectedVersion + 1, certificates };
    }),
  );
}
