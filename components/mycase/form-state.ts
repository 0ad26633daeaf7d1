// What a mycase form action hands back to its form when it refuses: every problem at once (for the
// error summary and beside each field) and what the user typed, so nothing has to be typed twice.
export interface FieldError {
  /** The id of the field the summary links to. */
  field: string;
  message: string;
}

export interface FormState {
  errors: FieldError[];
  values: Record<string, string>;
}

export const EMPTY_FORM_STATE: FormState = { errors: [], values: {} };

export function errorFor(state: FormState, field: string): string | undefined {
  return state.errors.find((e) => e.field === field)?.message;
}
