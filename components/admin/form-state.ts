// What an admin form's server action hands back when it refuses or has something to show once:
// every problem at once (error summary + beside each field), what was typed, and — for a new account
// or a reset — the one-time password, which exists only in this response.
export interface AdminFormState {
  errors: { field: string; text: string }[];
  values: Record<string, string>;
  created?: { userId: string; username: string; oneTimePassword: string | null } | null;
  issuedPassword?: string | null;
  done?: boolean;
}

export const EMPTY_ADMIN_FORM: AdminFormState = { errors: [], values: {} };

/** The posted text fields, for re-display (passwords are never sent back). */
export function postedText(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !/password|current|confirm/i.test(key)) values[key] = value;
  }
  return values;
}
