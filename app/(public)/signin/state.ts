// What the sign-in form shows after a refused post: a code the form words, and the username typed.
export interface SignInState {
  // LAST_TRY: wrong, and one more wrong try locks the username; LOCKED_NOW: wrong, and this one locked it.
  error: "REQUIRED" | "FAILED" | "LAST_TRY" | "LOCKED_NOW" | "LOCKED" | "THROTTLED" | "UNEXPECTED" | null;
  username: string;
  retryAfterSeconds?: number;
  errorId?: string;
}
