// 居住证: a permit is issued to the applicant at the case's address and linked to the case; the 居住证 certificate.
import { DomainError } from "@/lib/errors";
import { certificateData } from "@/lib/certificates/data-keys";
import { isoDate } from "@/lib/format";
import { issuePermit } from "@/lib/permits/issue-permit";
import { issue, type ApprovalEffect } from "./effect";

export const residencePermit: ApprovalEffect = async (ctx) => {
  const { app, tx } = ctx;
  if (!app.address) throw new DomainError("VALIDATION", ["address"]);
  const permit = await issuePermit({
    tx,
    actorId: ctx.actorId,
    holderId: app.applicantPersonId,
    stationId: app.stationId,
    jurisdictionId: app.targetJurisdictionId,
    address: app.address,
    issuedOn: ctx.onIso,
  });
  await tx.application.update({ where: { id: app.id }, data: { permitId: permit.id } });
  const data = certificateData("RESIDENCE_PERMIT", {
    ...ctx.common,
    holderName: app.applicantPerson.name,
    permitNumber: permit.number,
    address: permit.address,
    issuedOn: isoDate(permit.issuedOn),
    validUntil: isoDate(permit.validUntil),
    residenceSince: isoDate(permit.residenceSince),
    event: "issue",
  });
  return [await issue(ctx, "RESIDENCE_PERMIT", app.applicantPersonId, data, permit.id)];
};
