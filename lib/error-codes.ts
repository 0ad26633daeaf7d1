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
  "IDENTITY_UNVERIFIED",
];

export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === "string" && (CODES as readonly string[]).includes(value);
}
