// Expected errors carry a code the UI translates; anything else is logged with an id and the
// user sees only that id (house rule 8).
import { randomUUID } from "node:crypto";

export type DomainErrorCode =
  | "STALE"
  | "NOT_FOUND"
  | "INVALID_STATE"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "VALIDATION"
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "FILE_TYPE"
  | "MISSING_DOCUMENTS"
  /** A residence-permit endorsement outside its window (lib/permits/endorsement-window.ts). */
  | "ENDORSEMENT_WINDOW"
  /** A decision on a case the clerk does not hold (lib/applications/holder.ts). */
  | "NOT_HOLDER";

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
