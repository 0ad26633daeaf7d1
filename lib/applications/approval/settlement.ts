// 准予落户: the applicant and the family approved move into the target household; the settled persons are
// recorded for the KPI pages with the moves (docs/decisions/0213); one 准予落户通知书.
import { certificateData } from "@/lib/certificates/data-keys";
import { settleMovers, targetHousehold, type Mover } from "@/lib/registry/apply-decision";
import { DECISION_REASONS } from "@/lib/registry/reasons";
import { recordSettlements } from "@/lib/stats/settlement-records";
import { issue, memberMover, type ApprovalEffect } from "./effect";

export const settlement: ApprovalEffect = async (ctx) => {
  const { app, decision } = ctx;
  const movers: Mover[] = [
    {
      personId: app.applicantPersonId,
      memberId: null,
      citizenId: app.applicantPerson.citizenId,
      name: app.applicantPerson.name,
      relation: "HEAD",
    },
    ...ctx.approvedMembers.map((m) => memberMover(m)),
  ];
  const target = await targetHousehold({ ...decision, placement: ctx.placement });
  const wording = { number: app.number, stationName: app.station.name };
  const settled = await settleMovers({
    ...decision,
    target,
    movers,
    leaveReason: DECISION_REASONS.settlementLeave(wording),
    joinReason: DECISION_REASONS.settlementJoin(wording),
  });
  await recordSettlements({ tx: ctx.tx, applicationId: app.id, settled });
  const data = certificateData("SETTLEMENT_NOTICE", {
    ...ctx.common,
    holderName: app.applicantPerson.name,
    householdNumber: target.householdNumber,
    address: target.address,
    members: movers.map((m) => m.name).join("、"),
    notApproved: ctx.notApproved,
  });
  return [await issue(ctx, "SETTLEMENT_NOTICE", app.applicantPersonId, data)];
};
