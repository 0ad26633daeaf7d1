// 批准: the approval and everything it does, in ONE transaction guarded by the case's version — the
// lifecycle move (moveCase), the register (settlement moves, newborn and no-hukou registration), the
// residence permit (issue or endorse) and the certificate. Any failure leaves nothing behind.
//
// An approval rests on a clause: one of the pathways the engine found met at submission or today; a
// clerk may approve against the engine (no met pathway chosen) only with a written reason — the case is
// then marked againstEngine for the supervisor (a DB CHECK requires the reason).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { auditingNotHolder, requireHolder } from "./holder";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { chinaDate } from "@/lib/clock";
import { issueCertificate } from "@/lib/certificates/issue";
import { certificateData } from "@/lib/certificates/data-keys";
import { issuePermit } from "@/lib/permits/issue-permit";
import { endorsePermit } from "@/lib/permits/endorse-permit";
import { settleMovers, registerNewborn, targetHousehold, type DecisionContext, type Mover } from "@/lib/registry/apply-decision";
import type { Relation } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/format";
import { moveCase, MOVABLE_SELECT } from "./lifecycle";
import { decisionDay, unconditionalClause } from "./clerk-case";
import { allowedMembers, compareAnswers, metPathways } from "./engine-compare";
import { placementSchema, readPlacement, type Placement } from "./placement";
import { issuingBodies } from "@/lib/certificates/issuing-bodies";
import { recordSettlements } from "@/lib/stats/settlement-records";

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

export async function approveApplication(options: ApproveOptions) {
  const { db, expectedVersion } = options;
  const actor = requirePermission(options.actor, "decide:application:station");
  const calendar = await loadCalendar({ db });
  const now = options.now ?? new Date();
  const on = decisionDay(now);
  return auditingNotHolder({ db, actor, decision: "approve" }, () =>
    db.$transaction(async (tx) => {
      const app = await tx.application.findFirst({
        where: { id: options.applicationId, ...applicationScope(actor) },
        select: {
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
        },
      });
      if (!app) throw new DomainError("NOT_FOUND");
      if (app.status !== "IN_REVIEW") throw new DomainError(app.version !== expectedVersion ? "STALE" : "INVALID_STATE");
      requireHolder({ app, actor });
      // The account's link to the person is a claim until the clerk has seen the original ID card: approving
      // would write the register for whoever typed a name and number (docs/decisions/0257). Refusing needs no
      // proof — it changes nothing in the register, and a case whose applicant never comes can still end.
      if (!app.applicantUser.identityVerifiedAt) throw new DomainError("VALIDATION", ["identity.unverified"]);

      const reason = options.reason?.trim() || null;
      let clause: string | null;
      let againstEngine = false;
      let allowed: Set<number> | null = null;
      const approved = new Set(options.approvedMemberIds);
      if (app.kind === "SETTLEMENT" || app.kind === "RESIDENCE_PERMIT") {
        const comparison = compareAnswers({ snapshot: app.decisionSnapshot, facts: app.facts, today: on.iso });
        const met = metPathways(comparison).find((p) => p.id === options.pathwayId);
        againstEngine = !met;
        if (againstEngine && !reason) throw new DomainError("VALIDATION", ["reason"]);
        clause = met?.clause ?? (options.clause?.trim() || null);
        if (!clause) throw new DomainError("VALIDATION", ["clause"]);
        allowed = allowedMembers(comparison);
        for (const m of app.members)
          if (approved.has(m.id) && !allowed.has(m.position) && !againstEngine)
            throw new DomainError("VALIDATION", [`member.notAllowed:${m.name}`]);
      } else {
        clause = options.clause?.trim() || unconditionalClause({ kind: app.kind, policyCode: app.targetJurisdiction.policyCode });
        if (!clause) throw new DomainError("VALIDATION", ["clause"]);
      }
      // Every member not approved is told why (the decision names them): the clerk's note, or the engine's finding.
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
      const posted = options.placement ? placementSchema.safeParse(options.placement) : null;
      if (posted && !posted.success) throw new DomainError("VALIDATION", ["placement.householdNumber"]);
      const placement = posted?.success ? posted.data : readPlacement(app.placement);
      const decisionReason = reason ?? `准予办理（${clause}）`;

      // The decision names everyone it is about — in the notice as on the case page and the certificate.
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

      const ctx: DecisionContext = {
        tx,
        actorId: actor.id,
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
      const common = { stationName: app.station.name, bureauName, decisionDate: on.iso, clause, applicationNumber: app.number };
      const certificate = (
        kind: "SETTLEMENT_NOTICE" | "REGISTRATION_NOTICE" | "RESIDENCE_PERMIT",
        holderId: string,
        data: Record<string, string>,
        permitId: string | null = null,
      ) =>
        issueCertificate({
          tx,
          actorId: actor.id,
          kind,
          applicationId: app.id,
          permitId,
          holderId,
          stationId: app.stationId,
          issuedOn: on.date,
          data,
        });
      const approvedMembers = app.members.filter((m) => approved.has(m.id));
      const member = (m: (typeof approvedMembers)[number], relation: Relation = m.relation): Mover => ({
        personId: m.personId,
        memberId: m.id,
        citizenId: m.citizenId,
        name: m.name,
        relation,
        birthDate: m.birthDate,
        sex: m.sex,
      });
      // A settlement moves the applicant and the family approved; a no-hukou registration only the person it
      // is about (the applicant — a parent, a relative — stays where they are), placed as the principal.
      const movers: Mover[] =
        app.kind === "NO_HUKOU_REGISTRATION"
          ? approvedMembers.map((m) => member(m, "HEAD"))
          : [
              {
                personId: app.applicantPersonId,
                memberId: null,
                citizenId: app.applicantPerson.citizenId,
                name: app.applicantPerson.name,
                relation: "HEAD",
              },
              ...approvedMembers.map((m) => member(m)),
            ];
      const certificates: { id: string; code: string }[] = [];

      if (app.kind === "SETTLEMENT") {
        const target = await targetHousehold({ ...ctx, placement });
        await settleMovers({
          ...ctx,
          target,
          movers,
          leaveReason: `迁出：准予落户${app.station.name}辖区（${app.number}）`,
          joinReason: `准予落户（${app.number}）`,
        });
        // The KPI pages count settlements from these records, written with the moves (docs/decisions/0213).
        await recordSettlements({ tx, applicationIds: [app.id] });
        certificates.push(
          await certificate(
            "SETTLEMENT_NOTICE",
            app.applicantPersonId,
            certificateData("SETTLEMENT_NOTICE", {
              ...common,
              holderName: app.applicantPerson.name,
              householdNumber: target.householdNumber,
              address: target.address,
              members: movers.map((m) => m.name).join("、"),
              notApproved,
            }),
          ),
        );
      } else if (app.kind === "NO_HUKOU_REGISTRATION") {
        if (movers.length === 0) throw new DomainError("VALIDATION", ["members.none"]);
        const target = await targetHousehold({ ...ctx, placement });
        const settled = await settleMovers({
          ...ctx,
          target,
          movers,
          leaveReason: `迁出（${app.number}）`,
          joinReason: `无户口人员登记户口（${app.number}）`,
        });
        for (const s of settled) {
          certificates.push(
            await certificate(
              "REGISTRATION_NOTICE",
              s.personId,
              certificateData("REGISTRATION_NOTICE", {
                ...common,
                holderName: s.name,
                registration: "no_hukou",
                citizenId: s.citizenId,
                householdNumber: target.householdNumber,
                address: target.address,
              }),
            ),
          );
        }
      } else if (app.kind === "NEWBORN_REGISTRATION") {
        const householdNumber = placement.type === "existing" ? placement.householdNumber : null;
        for (const m of approvedMembers.filter((m) => !m.personId)) {
          const { person, household } = await registerNewborn({
            ...ctx,
            parentPersonId: app.applicantPersonId,
            householdNumber,
            member: m,
          });
          certificates.push(
            await certificate(
              "REGISTRATION_NOTICE",
              person.id,
              certificateData("REGISTRATION_NOTICE", {
                ...common,
                holderName: m.name,
                registration: "newborn",
                citizenId: person.citizenId,
                householdNumber: household.householdNumber,
                address: household.address,
              }),
            ),
          );
        }
      } else if (app.kind === "RESIDENCE_PERMIT") {
        if (!app.address) throw new DomainError("VALIDATION", ["address"]);
        const permit = await issuePermit({
          tx,
          actorId: actor.id,
          holderId: app.applicantPersonId,
          stationId: app.stationId,
          jurisdictionId: app.targetJurisdictionId,
          address: app.address,
          issuedOn: on.iso,
        });
        await tx.application.update({ where: { id: app.id }, data: { permitId: permit.id } });
        certificates.push(
          await certificate(
            "RESIDENCE_PERMIT",
            app.applicantPersonId,
            certificateData("RESIDENCE_PERMIT", {
              ...common,
              holderName: app.applicantPerson.name,
              permitNumber: permit.number,
              address: permit.address,
              issuedOn: isoDate(permit.issuedOn),
              validUntil: isoDate(permit.validUntil),
              residenceSince: isoDate(permit.residenceSince),
              event: "issue",
            }),
            permit.id,
          ),
        );
      } else if (app.kind === "PERMIT_ENDORSEMENT") {
        const permit = app.permitId
          ? await tx.residencePermit.findFirst({ where: { id: app.permitId, holderId: app.applicantPersonId }, select: { id: true } })
          : null;
        if (!permit) throw new DomainError("VALIDATION", ["permit"]);
        const endorsed = await endorsePermit({
          tx,
          actorId: actor.id,
          permitId: permit.id,
          on: on.iso,
          appliedOn: app.submittedAt ? chinaDate(app.submittedAt) : null,
        });
        certificates.push(
          await certificate(
            "RESIDENCE_PERMIT",
            app.applicantPersonId,
            certificateData("RESIDENCE_PERMIT", {
              ...common,
              holderName: app.applicantPerson.name,
              permitNumber: endorsed.number,
              address: endorsed.address,
              issuedOn: isoDate(endorsed.issuedOn),
              validUntil: isoDate(endorsed.validUntil),
              residenceSince: isoDate(endorsed.residenceSince),
              event: "endorse",
            }),
            endorsed.id,
          ),
        );
      }
      return { number: app.number, version: expectedVersion + 1, certificates };
    }),
  );
}
