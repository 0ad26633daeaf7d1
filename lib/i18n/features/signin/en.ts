// English for signin/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { signinZh } from "./zh-CN";

export const signinEn: Widen<typeof signinZh> = {
  title: "Sign in",
  username: "Username",
  password: "Password",
  submit: "Sign in",
  submitting: "Signing in…",
  failed: "Wrong username or password.",
  locked: "Too many failed attempts for this account. Try again in 15 minutes.",
  lastTry: "Wrong username or password. One more wrong try locks this account for 15 minutes.",
  lockedNow: "Wrong username or password. This account is now locked for 15 minutes; forgot the password? See “Forgot your password?”.",
  usernameHint: "Residents: your citizen ID number (a final X in either case).",
  required: "Please enter your username and password.",
  throttled: "Too many sign-in attempts; please try again in {seconds} seconds.",
  unexpected: "Sign-in is not possible right now; please try again later. Error id: {id}",
  demoTitle: "Demo accounts",
  demoNote: "In the demo, every account's password is",
  sessionNote: "To protect personal data, you are asked to sign in again after 8 hours.",
};
