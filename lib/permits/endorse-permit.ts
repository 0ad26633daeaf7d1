// Yearly endorsement (签注) of a residence permit, 《居住证暂行条例》 第十三、十四条: an endorsement
// extends validity by a year. One made late — the permit suspended, or already past its validUntil —
// restores the permit (VALID again) but the years of continuous residence start again from the
// endorsement date, and the new year runs from that date rather than from the missed one.
// Outside the window (a year early, or missed for more than a year) nothing is endorsed: the one
// window function (./endorsement-window.ts) decides, judged on the day the holder applied.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { isoDate } from "@/lib/format";
import { addYears, day } from "./issue-permit";
import { endorsementRefusalDetails, mayEndorse, windowForDecision } from "./endorsement-window";

export async function endorsePermit(options: {
  tx: Prisma.TransactionClient;
  actorId: string;
  permitId: string;
  on: string;
  /** The day the holder applied (the case's submission); on time then stays on time. Defaults to `on`. */
  appliedOn?: string | null;
}) {
  const { tx, on } = options;
  const permit = await tx.residencePermit.findUnique({
    where: { id: options.permitId },
    select: { id: true, status: true, validUntil: true, updatedAt: true },
  });
  if (!permit) throw new DomainError("NOT_FOUND");
  if (permit.status === "CANCELLED" || permit.status === "EXPIRED") throw new DomainError("INVALID_STATE", ["permit"]);
  const window = windowForDecision({ permit, appliedOn: options.appliedOn ?? null, today: on });
  if (!mayEndorse(window)) throw new DomainError("ENDORSEMENT_WINDOW", endorsementRefusalDetails(window));
  const late = window.state === "late";
  const validUntil = late ? addYears(on, 1) : addYears(isoDate(permit.validUntil), 1);
  // Guarded by updatedAt so two endorsements of one permit cannot both extend it.
  const updated = await tx.residencePermit.updateMany({
    where: { id: permit.id, updatedAt: permit.updatedAt, status: permit.status },
    data: { validUntil: day(validUntil), status: "VALID", ...(late ? { residenceSince: day(on) } : {}) },
  });
  if (updated.count !== 1) throw new DomainError("STALE", ["registry"]);
  const endorsement = await tx.permitEndorsement.create({
    data: { permitId: permit.id, endorsedOn: day(on), validUntil: day(validUntil), late, byUserId: options.actorId },
    select: { id: true },
  });
  await writeAudit({
    tx,
    event: {
      actorId: options.actorId,
      action: "permit.endorse",
      entityType: "ResidencePermit",
      entityId: permit.id,
      data: { late, validUntil, endorsementId: endorsement.id },
    },
  });
  return tx.residencePermit.findUniqueOrThrow({
    where: { id: permit.id },
    select: { id: true, number: true, issuedOn: true, validUntil: true, residenceSince: true, address: true, status: true },
  });
}
