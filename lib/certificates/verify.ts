// Public verification of a certificate by its code (/verify/<code>), no sign-in. It tells a verifier
// only what they need to match the paper with the person: genuine or not, kind, issue date, issuing
// station, and the holder's masked name and ID. Every input takes the same path (one indexed
// look-up), so the answer's timing says nothing more than the answer.
import type { Db } from "@/lib/db";
import type { CertificateKind } from "@/lib/generated/prisma/enums";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { isoDate } from "@/lib/format";
import { chinaDate } from "@/lib/clock/case-clock";
import { checkVerificationCode } from "./code";
import { maskName } from "./mask-name";
import { readCertificateData } from "./render-data";

export type VerifyResult =
  | { state: "invalid" }
  | { state: "unknown"; code: string }
  | {
      state: "genuine" | "revoked";
      code: string;
      kind: CertificateKind;
      issuedOn: string;
      stationName: string;
      holderName: string;
      holderCitizenId: string;
      revokedOn: string | null;
    };

/** Never a real code (the body alphabet has no I, L, O or U): the look-up a malformed code makes. */
const NO_SUCH_CODE = "UUUU-UUUU-UUUU-UUUU-U";

export async function verifyCertificate(options: { db: Db; code: string }): Promise<VerifyResult> {
  const checked = checkVerificationCode(options.code.slice(0, 64));
  const row = await options.db.certificate.findUnique({
    where: { code: checked.ok ? checked.code : NO_SUCH_CODE },
    select: {
      code: true,
      kind: true,
      issuedOn: true,
      revokedAt: true,
      data: true,
      holder: { select: { name: true, citizenId: true } },
      station: { select: { name: true } },
    },
  });
  if (!checked.ok) return { state: "invalid" };
  if (!row) return { state: "unknown", code: checked.code };
  return {
    state: row.revokedAt ? "revoked" : "genuine",
    code: row.code,
    kind: row.kind,
    issuedOn: isoDate(row.issuedOn),
    stationName: readCertificateData(row.data).stationName ?? row.station.name,
    holderName: maskName(row.holder.name),
    holderCitizenId: maskCitizenId(row.holder.citizenId),
    revokedOn: row.revokedAt ? chinaDate(row.revokedAt) : null,
  };
}
