// Who may have a certificate's PDF: the holder's applicant account (the account that applied, or the
// account of the holder themself), the clerks of the issuing station and the supervisors whose subtree
// holds that station (they watch the handling; every download is in the audit trail). Scoped in the query, so a
// certificate outside the actor's scope is exactly as missing as one that does not exist.
import type { Db, Prisma } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { verifiedPersonId } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { isoDate } from "@/lib/format";
import { translator } from "@/lib/i18n";
import { readCertificateData } from "./render-data";
import { renderCertificatePdf, type CertificateView } from "./pdf";
import { isUuid } from "@/lib/security/uuid";

const NOTHING: Prisma.CertificateWhereInput = { id: { in: [] } };

export function certificateScope(actor: Actor): Prisma.CertificateWhereInput {
  if (can(actor, "read:certificate:own")) {
    const own: Prisma.CertificateWhereInput[] = [{ application: { applicantUserId: actor.id } }];
    // The holder's own account only once its identity is verified (lib/auth/scope.ts verifiedPersonId).
    const personId = verifiedPersonId(actor);
    if (personId) own.push({ holderId: personId });
    return { OR: own };
  }
  if (can(actor, "read:certificate:station")) return actor.stationId ? { stationId: actor.stationId } : NOTHING;
  if (can(actor, "read:certificate:jurisdiction"))
    return actor.scopePath ? { station: { path: { startsWith: actor.scopePath } } } : NOTHING;
  return NOTHING;
}

export async function readCertificate(options: {
  db: Db;
  actor: Actor | null;
  certificateId: string;
}): Promise<CertificateView & { id: string }> {
  const { db, actor } = options;
  if (!actor || !isUuid(options.certificateId)) throw new DomainError("NOT_FOUND");
  const row = await db.certificate.findFirst({
    where: { AND: [{ id: options.certificateId }, certificateScope(actor)] },
    select: {
      id: true,
      kind: true,
      code: true,
      issuedOn: true,
      revokedAt: true,
      data: true,
      holder: { select: { name: true, citizenId: true } },
      station: { select: { name: true } },
    },
  });
  if (!row) throw new DomainError("NOT_FOUND");
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    issuedOn: isoDate(row.issuedOn),
    revokedAt: row.revokedAt,
    holderName: row.holder.name,
    holderCitizenId: row.holder.citizenId,
    stationName: row.station.name,
    data: readCertificateData(row.data),
  };
}

/** `<base>/verify/<code>`: the address printed on the certificate and in its QR code. */
export function verifyUrl(options: { baseUrl: string; code: string }): string {
  return `${options.baseUrl.replace(/\/+$/, "")}/verify/${encodeURIComponent(options.code)}`;
}

/** The PDF for someone allowed to have it, with the download recorded in the audit trail. */
export async function downloadCertificate(options: { db: Db; actor: Actor | null; certificateId: string; baseUrl: string }) {
  const certificate = await readCertificate(options);
  const bytes = await renderCertificatePdf({ certificate, verifyUrl: verifyUrl({ baseUrl: options.baseUrl, code: certificate.code }) });
  await options.db.$transaction(async (tx) => {
    await writeAudit({
      tx,
      event: {
        actorId: options.actor!.id,
        action: "certificate.download",
        entityType: "Certificate",
        entityId: certificate.id,
        data: { kind: certificate.kind },
      },
    });
  });
  const title = translator("zh-CN")(`certificate.kind.${certificate.kind}`);
  return { bytes, fileName: `${title}-${certificate.code}.pdf`, asciiFileName: `certificate-${certificate.code}.pdf` };
}
