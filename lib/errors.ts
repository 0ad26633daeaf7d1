// Expected errors carry a code the UI translates; anything else is logged with an id and the
// user sees only that id (README house rule 8).
import { randomUUID } from "node:crypto";

/** Every code a DomainError carries, defined here once; the catalogue words each (errors.<CODE>). */
export const DOMAIN_ERROR_CODES = [
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
  /** A residence-permit endorsement outside its window (lib/permits/endorsement-window.ts). */
  "ENDORSEMENT_WINDOW",
  /** Quantity limits of one account (lib/applications/quantity-limits.ts). */
  "LIMIT_FILES_PER_ITEM",
  "LIMIT_BYTES_PER_CASE",
  "LIMIT_BYTES_PER_ACCOUNT",
  "LIMIT_DRAFTS_PER_KIND",
  "LIMIT_DRAFTS_TOTAL",
  "LIMIT_UPLOAD_RATE",
  /** A kind that acts on the register person's household, permit or certificates, asked by an account whose identity no clerk has checked (docs/decisions/0257). */
  "IDENTITY_UNVERIFIED",
  /** A decision on a case the clerk does not hold (lib/applications/holder.ts). */
  "NOT_HOLDER",
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A code from a query string that the catalogue words; anything else is shown as the generic message. */
export function isDomainErrorCode(value: unknown): value is DomainErrorCode {
  return typeof value === "string" && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly details: string[] = [],
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export function logUnexpected(error: unknown, context: string): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}] ${context}:`, error);
  return id;
}
