// The one entry point of the API route and the CLI, so both give the same JSON for the same request:
// validate, evaluate, and wrap the result with its HTTP status (200 answered, 400 invalid).
import { evaluateEligibility } from "./evaluate";
import { MESSAGES, parseEligibilityRequest } from "./facts-schema";
import type { EligibilityResponse, IsoDate, ValidationError } from "./types";

export type EligibilityAnswer = { status: 200; json: EligibilityResponse } | { status: 400; json: ValidationError };

/** `body` is the already-parsed JSON value; `today` (YYYY-MM-DD, China time) is the default asOf. */
export function answerEligibility(options: { body: unknown; today: IsoDate }): EligibilityAnswer {
  const parsed = parseEligibilityRequest(options);
  if (!parsed.ok) return { status: 400, json: { error: parsed.error } };
  return { status: 200, json: evaluateEligibility(parsed.request) };
}

/** The same from raw text, for callers holding the body unparsed: text that is not JSON is a 400 too. */
export function answerEligibilityText(options: { text: string; today: IsoDate }): EligibilityAnswer {
  let body: unknown;
  try {
    // A byte-order mark (left by some editors) is not part of the JSON text.
    body = JSON.parse(options.text.replace(/^\uFEFF/, ""));
  } catch {
    return { status: 400, json: { error: { code: "VALIDATION", issues: [{ path: "", message: MESSAGES.json }] } } };
  }
  return answerEligibility({ body, today: options.today });
}
