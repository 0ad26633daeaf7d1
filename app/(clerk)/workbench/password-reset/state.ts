// What the counter-reset action hands back: every problem at once, what was typed (never a password),
// or the one-time password — which exists only in this response.
export interface CounterResetState {
  errors: { field: string; text: string }[];
  values: { account: string; name: string };
  done?: {
    name: string;
    oneTimePassword: string;
    reclaimed?: { openApplications: { number: string; kind: string; status: string }[] } | null;
  } | null;
}

export const EMPTY_COUNTER_RESET: CounterResetState = { errors: [], values: { account: "", name: "" } };
