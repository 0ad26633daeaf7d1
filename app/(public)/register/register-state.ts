// What the registration form shows after a refused post: the typed values (never the password) and
// every problem at once, already in the reader's language.
export interface RegisterState {
  values: { name: string; citizenId: string; phone: string };
  errors: { field: string; text: string }[];
  /** Error id of an unexpected failure. */
  unexpected?: string;
}

export const EMPTY_REGISTER_STATE: RegisterState = { values: { name: "", citizenId: "", phone: "" }, errors: [] };
