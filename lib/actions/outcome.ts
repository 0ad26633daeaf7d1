// The outcome of a form that posts without JavaScript, read back from the page's query. Every such action
// answers with a redirect in one shape (lib/actions/pipeline.ts): `done=<code>` for a success, `error=<CODE>`
// for a refusal (failureQuery), and `&id=<logged id>` with `error=UNEXPECTED`. The page says which of its
// own codes it words; a domain code is worded by the errors catalogue, the unexpected by the generic sentence
// with its id. components/forms/outcome-banner.tsx shows the result.
import { isDomainErrorCode } from "@/lib/errors";
import type { Translate } from "@/lib/i18n";

type Query = Record<string, string | string[] | undefined>;

/** What the banner shows: a success, a refusal, both absent when the query carries neither (or an unknown code). */
export interface RedirectOutcome {
  done: string | null;
  error: string | null;
}

function first(query: Query, key: string): string | undefined {
  const value = query[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads `done`, `error` and `id` from the query; `own` words the page's own codes (null: not one of them). */
export function readOutcome(
  t: Translate,
  query: Query,
  own: { done?: (code: string) => string | null; error?: (code: string) => string | null },
) {
  const done = first(query, "done");
  const error = first(query, "error");
  const id = first(query, "id");
  const outcome: RedirectOutcome = { done: done ? (own.done?.(done) ?? null) : null, error: null };
  if (error === "UNEXPECTED" && id && /^[a-f0-9]{8}$/.test(id))
    outcome.error = `${t("common.genericError")} ${t("common.errorId", { id })}`;
  else if (error) outcome.error = own.error?.(error) ?? (isDomainErrorCode(error) ? t(`errors.${error}`) : null);
  return outcome;
}
