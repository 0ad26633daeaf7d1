// 出生登记: each approved child not yet in the register is numbered at the station and registered in the
// parent's household; one 户口登记通知书 each.
import { certificateData } from "@/lib/certificates/data-keys";
import { registerNewborn } from "@/lib/registry/apply-decision";
import { issue, type ApprovalEffect, type Certificate } from "./effect";

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
    const data = certificateData("REGISTRATION_NOTICE", {
      ...ctx.common,
      holderName: m.name,
      registration: "newborn",
      citizenId: person.citizenId,
      householdNumber: household.householdNumber,
      address: household.address,
    });
    certificates.push(await issue(ctx, "REGISTRATION_NOTICE", person.id, data));
  }
  return certificates;
};
