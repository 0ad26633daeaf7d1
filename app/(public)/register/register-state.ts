// What the registration form shows after a refused post: the typed values (never the password) and
// every problem at once, already in the reader's language.
import type { FormOutcome } from "@/lib/actions/form-outcome";

export interface RegisterState extends FormOutcome<{ name: string; citizenId: string; phone: string }> {
  /** Error id of an unexpected failure. */
  unexpected?: string;
}

export const EMPTY_REGISTER_STATE: RegisterState = { values: { name: "", citizenId: "", phone: "" }, errors: [] };
