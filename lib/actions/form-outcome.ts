// What a useActionState form gets back from its server action when it refuses (or has something to show
// once): every problem at once — for the error summary and beside each field — and what was typed, so
// nothing has to be typed twice. The one outcome type of such forms; a form that posts without JavaScript
// is answered by a redirect instead (lib/actions/pipeline.ts). Safe in client components.

/** One problem: the form field it belongs to ("form" when none) and the sentence, already in the reader's language. */
export interface FormProblem {
  field: string;
  text: string;
}

export interface FormOutcome<V extends Record<string, string | string[]> = Record<string, string>> {
  errors: FormProblem[];
  values: V;
}

export const EMPTY_FORM: FormOutcome = { errors: [], values: {} };

/** The first problem of a field, if any. */
export function errorFor(state: { errors: FormProblem[] }, field: string): string | undefined {
  return state.errors.find((e) => e.field === field)?.text;
}

/** The posted text fields, for re-display (passwords are never sent back). */
export function postedText(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !/password|current|confirm/i.test(key)) values[key] = value;
  }
  return values;
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

/** The admin forms' outcome: besides the problems, what exists only in this response (a one-time password). */
export interface AdminFormState extends FormOutcome {
  created?: { userId: string; username: string; oneTimePassword: string | null } | null;
  issuedPassword?: string | null;
  done?: boolean;
}

export const EMPTY_ADMIN_FORM: AdminFormState = EMPTY_FORM;
