// How a clerk's server action reports back: a redirect whose query carries only codes the page maps
// to catalogue text (and an error id for the unexpected), never the text itself.
import { DomainError, logUnexpected } from "@/lib/errors";
import { ForbiddenError, UnauthenticatedError } from "@/lib/auth/permissions";

export function errorQuery(error: unknown, context: string): string {
  if (error instanceof DomainError) {
    const detail = error.code === "STALE" && error.details.includes("registry") ? "&detail=registry" : "";
    return `error=${error.code}${detail}`;
  }
  if (error instanceof ForbiddenError) return "error=FORBIDDEN";
  if (error instanceof UnauthenticatedError) return "error=UNAUTHENTICATED";
  return `error=UNEXPECTED&id=${logUnexpected(error, context)}`;
}
