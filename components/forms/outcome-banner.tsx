// The one banner of a no-JavaScript form's outcome (lib/actions/outcome.ts reads it from the query): a
// success as a status, a refusal as an alert, each in the reader's language. Three looks, one markup:
// `strong` (an admin or supervision page: bordered, with test ids), `soft` (the applicant's apply pages)
// and `case` (the banner above a case, the applicant's or the clerk's: wider inside).
import type { RedirectOutcome } from "@/lib/actions/outcome";

export type OutcomeLook = "strong" | "soft" | "case";

const LOOKS = {
  strong: {
    done: "rounded border-2 border-green-700 bg-green-50 p-3",
    error: "rounded border-2 border-red-700 bg-white p-3 font-medium text-red-800",
    testIds: true,
  },
  soft: {
    done: "rounded border border-green-200 bg-green-50 p-3 text-green-900",
    error: "rounded border border-red-200 bg-red-50 p-3 text-red-900",
    testIds: false,
  },
  case: {
    done: "rounded border border-green-200 bg-green-50 px-4 py-3 text-green-900",
    error: "rounded border border-red-200 bg-red-50 px-4 py-3 text-red-900",
    testIds: false,
  },
} as const;

export function OutcomeBanner({ outcome, look = "strong" }: { outcome: RedirectOutcome; look?: OutcomeLook }) {
  const L = LOOKS[look];
  return (
    <>
      {outcome.done ? (
        <p role="status" className={L.done} data-testid={L.testIds ? "done" : undefined}>
          {outcome.done}
        </p>
      ) : null}
      {outcome.error ? (
        <p role="alert" className={L.error} data-testid={L.testIds ? "refused" : undefined}>
          {outcome.error}
        </p>
      ) : null}
    </>
  );
}
