import type { DomainErrorCode } from "./errors";

const CODES: readonly DomainErrorCode[] = [
  "STALE",
  "NOT_FOUND",
  "INVALID_STATE",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "VALIDATION",
  "FILE_EMPTY",
  "FILE_TOO_LARGE",
  "FILE_TYPE",
  "MISSING_DOCUMENTS",
  "ENDORSEMENT_WINDOW",
  "LIMIT_FILES_PER_ITEM",
  "LIMIT_BYTES_PER_CASE",
  "LIMIT_BYTES_PER_ACCOUNT",
  "LIMIT_DRAFTS_PER_KIND",
  "LIMIT_DRAFTS_TOTAL",
  "LIMIT_UPLOAD_RATE",
  "IDENTITY_UNVERIFIED",
];

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === "string" && (CODES as readonly string[]).includes(value);
}
