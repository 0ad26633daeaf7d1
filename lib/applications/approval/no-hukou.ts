// 无户口人员登记户口: only the person the case is about is registered (the applicant — a parent, a relative —
// stays where they are), placed as the principal; one 户口登记通知书 each.
import { DomainError } from "@/lib/errors";
import { settleMovers, targetHousehold } from "@/lib/registry/apply-decision";
import { DECISION_REASONS } from "@/lib/registry/reasons";
import { issueRegistrationNotice, memberMover, type ApprovalEffect, type Certificate } from "./effect";

export const noHukou: ApprovalEffect = async (ctx) => {
  const movers = ctx.approvedMembers.map((m) => memberMover(m, "HEAD"));
  if (movers.length === 0) throw new DomainError("VALIDATION", ["members.none"]);
  const target = await targetHousehold({ ...ctx.decision, placement: ctx.placement });
  const settled = await settleMovers({
    ...ctx.decision,
    target,
    movers,
    leaveReason: DECISION_REASONS.noHukouLeave(ctx.app),
    joinReason: DECISION_REASONS.noHukouJoin(ctx.app),
  });
  const certificates: Certificate[] = [];
  for (const s of settled) {
    certificates.push(
      await issueRegistrationNotice(ctx, {
        registration: "no_hukou",
        person: { id: s.personId, name: s.name, citizenId: s.citizenId },
        household: target,
      }),
    );
  }
  return certificates;
};
