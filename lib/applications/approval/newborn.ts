// 出生登记: each approved child not yet in the register is numbered at the station and registered in the
// parent's household; one 户口登记通知书 each.
import { registerNewborn } from "@/lib/registry/apply-decision";
import { issueRegistrationNotice, type ApprovalEffect, type Certificate } from "./effect";

export const newborn: ApprovalEffect = async (ctx) => {
  const householdNumber = ctx.placement.type === "existing" ? ctx.placement.householdNumber : null;
  const certificates: Certificate[] = [];
  for (const m of ctx.approvedMembers.filter((m) => !m.personId)) {
    const { person, household } = await registerNewborn({
      ...ctx.decision,
      parentPersonId: ctx.app.applicantPersonId,
      householdNumber,
      member: m,
    });
    certificates.push(
      await issueRegistrationNotice(ctx, {
        registration: "newborn",
        person: { id: person.id, name: m.name, citizenId: person.citizenId },
        household,
      }),
    );
  }
  return certificates;
};
