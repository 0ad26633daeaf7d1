// 居住证签注: the applicant's own permit named by the case is endorsed for another year; the 居住证 certificate.
import { DomainError } from "@/lib/errors";
import { chinaDate } from "@/lib/clock";
import { certificateData } from "@/lib/certificates/data-keys";
import { isoDate } from "@/lib/format";
import { endorsePermit } from "@/lib/permits/endorse-permit";
import { issue, type ApprovalEffect } from "./effect";

export const endorsement: ApprovalEffect = async (ctx) => {
  const { app, tx } = ctx;
  const permit = app.permitId
    ? await tx.residencePermit.findFirst({ where: { id: app.permitId, holderId: app.applicantPersonId }, select: { id: true } })
    : null;
  if (!permit) throw new DomainError("VALIDATION", ["permit"]);
  const endorsed = await endorsePermit({
    tx,
    actorId: ctx.actorId,
    permitId: permit.id,
    on: ctx.onIso,
    appliedOn: app.submittedAt ? chinaDate(app.submittedAt) : null,
  });
  const data = certificateData("RESIDENCE_PERMIT", {
    ...ctx.common,
    holderName: app.applicantPerson.name,
    permitNumber: endorsed.number,
    address: endorsed.address,
    issuedOn: isoDate(endorsed.issuedOn),
    validUntil: isoDate(endorsed.validUntil),
    residenceSince: isoDate(endorsed.residenceSince),
    event: "endorse",
  });
  return [await issue(ctx, "RESIDENCE_PERMIT", app.applicantPersonId, data, endorsed.id)];
};
