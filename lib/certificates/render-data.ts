// What a certificate prints, read tolerantly from Certificate.data. Approval (casework) writes the
// row; this side only reads it, so an unknown key is ignored and a missing or malformed value is
// simply not printed rather than breaking the download or the verify page. The holder's name and
// citizen ID are not in `data`: they come from the Person the row points at (holderId).
// When lib/certificates/data-keys.ts lands from casework, these keys should be the same names.

export const CERTIFICATE_DATA_KEYS = [
  "householdNumber",
  "address",
  "stationName",
  "decisionDate",
  "clause",
  "applicationNumber",
  "permitNumber",
  "validUntil",
  "residenceSince",
  // 准予落户: everyone settled, and everyone applied for and not approved with the reason
  "members",
  "notApproved",
  // 不予许可决定书
  "reason",
  "matter",
  "bureauName",
  "reviewBody",
] as const;

export type CertificateDataKey = (typeof CERTIFICATE_DATA_KEYS)[number];
export type CertificateData = Partial<Record<CertificateDataKey, string>>;

/** Longer values are cut: a certificate line is not a place for an essay (and the layout has one line). */
const MAX_LENGTH = 120;
/** Except a refusal's reasons, which the law wants stated (the action caps them at 2,000 characters). */
const MAX_LENGTH_BY_KEY: Partial<Record<string, number>> = { reason: 2000, members: 400, notApproved: 1000 };

function asText(value: unknown, max = MAX_LENGTH): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const clean = value
    // eslint-disable-next-line no-control-regex -- control characters are what it takes out
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean ? Array.from(clean).slice(0, max).join("") : null;
}

export function readCertificateData(data: unknown): CertificateData {
  const out: CertificateData = {};
  if (!data || typeof data !== "object" || Array.isArray(data)) return out;
  const record = data as Record<string, unknown>;
  for (const key of CERTIFICATE_DATA_KEYS) {
    const text = asText(record[key], MAX_LENGTH_BY_KEY[key]);
    if (text) out[key] = text;
  }
  return out;
}
