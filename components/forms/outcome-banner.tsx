// The one banner of a no-JavaScript form's outcome (lib/actions/outcome.ts reads it from the query): a
// success as a status, a refusal as an alert, each in the reader's language.
import type { RedirectOutcome } from "@/lib/actions/outcome";

export function OutcomeBanner({ outcome }: { outcome: RedirectOutcome }) {
  return (
    <>
      {outcome.done ? (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3" data-testid="done">
          {outcome.done}
        </p>
      ) : null}
      {outcome.error ? (
        <p role="alert" className="rounded border-2 border-red-700 bg-white p-3 font-medium text-red-800" data-testid="refused">
          {outcome.error}
        </p>
      ) : null}
    </>
  );
}
