// Banners show only what the server produced: a code from the query string is looked up in the
// catalogue (unknown codes show nothing), and a case number is read from the database, never echoed.
import type { Translate } from "@/lib/i18n";
import { isDomainErrorCode } from "@/lib/errors";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

export const DONE_CODES = [
  "taken",
  "handedBack",
  "reassigned",
  "materials",
  "approved",
  "refused",
  "reviewed",
  "verified",
  "flagged",
  "unflagged",
] as const;
export type DoneCode = (typeof DONE_CODES)[number];

export function isDoneCode(value: unknown): value is DoneCode {
  return typeof value === "string" && (DONE_CODES as readonly string[]).includes(value);
}

export function Banner({
  t,
  done,
  error,
  detail,
  errorId,
  number,
}: {
  t: Translate;
  done?: string;
  error?: string;
  detail?: string;
  errorId?: string;
  number?: string | null;
}) {
  if (isDoneCode(done))
    return <OutcomeBanner look="case" outcome={{ done: t(`workbench.done.${done}`, { number: number ?? "" }), error: null }} />;
  if (!error) return null;
  // The refusal keeps its own markup: a second line under STALE says what changed (the case or the register).
  // An error id is 8 hex characters from logUnexpected; anything else is not shown.
  const id = errorId && /^[0-9a-f]{8}$/.test(errorId) ? errorId : "—";
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 px-4 py-3 text-red-900">
      <p>{isDomainErrorCode(error) ? t(`errors.${error}`) : `${t("common.genericError")} ${t("common.errorId", { id })}`}</p>
      {error === "STALE" ? (
        <p className="mt-1 text-sm">{detail === "registry" ? t("workbench.registryChanged") : t("workbench.staleDetail")}</p>
      ) : null}
    </div>
  );
}
