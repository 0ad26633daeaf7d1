// The one banner of a no-JavaScript form's outcome (lib/actions/outcome.ts reads it from the query): a
// success as a status, a refusal as an alert, each in the reader's language. Four looks, one markup:
// `strong` (an admin or supervision page: bordered, with test ids), `soft` (the applicant's apply pages),
// `case` (the banner above a case, the applicant's or the clerk's: wider inside) and `card` (inside a card).
import type { RedirectOutcome } from "@/lib/actions/outcome";

export type OutcomeLook = "strong" | "soft" | "case" | "card";

const LOOKS = {
  strong: {
    done: "rounded border-2 border-green-700 bg-green-50 p-3",
    error: "rounded border-2 border-red-700 bg-white p-3 font-medium text-red-800",
    testIds: { done: "done", error: "refused" },
  },
  soft: {
    done: "rounded border border-green-200 bg-green-50 p-3 text-green-900",
    error: "rounded border border-red-200 bg-red-50 p-3 text-red-900",
    testIds: {},
  },
  case: {
    done: "rounded border border-green-200 bg-green-50 px-4 py-3 text-green-900",
    error: "rounded border border-red-200 bg-red-50 px-4 py-3 text-red-900",
    testIds: {},
  },
  card: {
    done: "mb-3 rounded border border-green-300 bg-green-50 p-2 text-sm",
    error: "mb-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800",
    testIds: {},
  },
} as const;

type TestIds = { done?: string; error?: string };

/** The banner; `testIds` names what an e2e spec selects by, where the look's own (if any) is not it. */
export function OutcomeBanner({ outcome, look = "strong", testIds }: { outcome: RedirectOutcome; look?: OutcomeLook; testIds?: TestIds }) {
  const L = LOOKS[look];
  const ids: TestIds = testIds ?? L.testIds;
  return (
    <>
      {outcome.done ? (
        <p role="status" className={L.done} data-testid={ids.done}>
          {outcome.done}
        </p>
      ) : null}
      {outcome.error ? (
        <p role="alert" className={L.error} data-testid={ids.error}>
          {outcome.error}
        </p>
      ) : null}
    </>
  );
}
