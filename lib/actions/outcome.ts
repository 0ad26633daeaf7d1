// The outcome of a form that posts without JavaScript, read back from the page's query. Every such action
// answers with a redirect in one shape (lib/actions/pipeline.ts): `done=<code>` for a success, `error=<CODE>`
// for a refusal (failureQuery), and `&id=<logged id>` with `error=UNEXPECTED`. The page says which of its
// own codes it words; a domain code is worded by the errors catalogue, the unexpected by the generic sentence
// with its id. components/forms/outcome-banner.tsx shows the result.
import { isDomainErrorCode, type DomainErrorCode } from "@/lib/errors";
import type { Translate } from "@/lib/i18n";
import { firstValue, type SearchParams } from "@/lib/search-params";

/** What went wrong, as the one mapping sees it: a code the catalogue words, or UNEXPECTED with the logged id. */
export type Failure =
  { code: DomainErrorCode; details: readonly string[]; id?: undefined } | { code: "UNEXPECTED"; details: readonly string[]; id: string };

/** A failure in the reader's language: a form's error summary, or a no-JS page's banner. */
export function failureText(t: Translate, failure: Failure): string {
  return failure.code === "UNEXPECTED"
    ? `${t("common.genericError")} ${t("common.errorId", { id: failure.id })}`
    : t(`errors.${failure.code}`);
}

/** What the banner shows: a success, a refusal, both absent when the query carries neither (or an unknown code). */
export interface RedirectOutcome {
  done: string | null;
  error: string | null;
}

/** Reads `done`, `error` and `id` from the query; `own` words the page's own codes (null: not one of them). */
export function readOutcome(
  t: Translate,
  query: SearchParams,
  own: { done?: (code: string) => string | null; error?: (code: string) => string | null },
) {
  const done = firstValue(query.done);
  const error = firstValue(query.error);
  const id = firstValue(query.id);
  const outcome: RedirectOutcome = { done: done ? (own.done?.(done) ?? null) : null, error: null };
  if (error === "UNEXPECTED" && id && /^[a-f0-9]{8}$/.test(id)) outcome.error = failureText(t, { code: "UNEXPECTED", details: [], id });
  else if (error) outcome.error = own.error?.(error) ?? (isDomainErrorCode(error) ? failureText(t, { code: error, details: [] }) : null);
  return outcome;
}
