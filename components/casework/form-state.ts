// The state a decision form gets back from its server action when what was posted does not validate:
// every problem at once (for the error summary and beside each field) and what the clerk typed.
export interface FieldError {
  field: string;
  message: string;
}

export interface DecisionFormState {
  errors: FieldError[];
  values: Record<string, string | string[]>;
}

export const EMPTY_FORM_STATE: DecisionFormState = { errors: [], values: {} };

export interface RevealState {
  value: string | null;
  error: string | null;
}

/** The posted values, as typed, for re-display (multi-valued fields as lists). */
export function postedValues(formData: FormData, multi: readonly string[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    if (multi.includes(key)) values[key] = [...((values[key] as string[] | undefined) ?? []), value];
    else values[key] = value;
  }
  return values;
}
