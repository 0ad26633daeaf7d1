// Issuing a certificate is part of the approval transaction: the row states what the certificate says
// and carries the verification code printed on it (as text and QR). The PDF is rendered from the row
// on download, so what /verify/<code> shows and what was printed cannot drift apart.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertificateKind } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import { makeVerificationCode } from "./code";

export interface IssueCertificateOptions {
  tx: Prisma.TransactionClient;
  actorId: string;
  kind: CertificateKind;
  applicationId: string | null;
  permitId: string | null;
  holderId: string;
  stationId: string;
  issuedOn: Date;
  /** What the certificate states, as printed (household number, address, permit number, validity…). */
  data: Record<string, string>;
}

export async function issueCertificate(options: IssueCertificateOptions): Promise<{ id: string; code: string }> {
  const { tx } = options;
  const code = makeVerificationCode(randomBytes(10));
  const certificate = await tx.certificate.create({
    data: {
      code,
      kind: options.kind,
      applicationId: options.applicationId,
      permitId: options.permitId,
      holderId: options.holderId,
      stationId: options.stationId,
      issuedOn: options.issuedOn,
      data: options.data,
    },
  });
  await writeAudit({
    tx,
    event: {
      actorId: options.actorId,
      action: "certificate.issue",
      entityType: "Certificate",
      entityId: certificate.id,
      data: { kind: options.kind, applicationId: options.applicationId, permitId: options.permitId },
    },
  });
  return { id: certificate.id, code };
}
