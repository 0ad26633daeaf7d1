// English for password-reset/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { forgotZh, counterResetZh } from "./zh-CN";

export const forgotEn: Widen<typeof forgotZh> = {
  link: "Forgot your password?",
  title: "Forgot your password",
  intro: "To protect your household-registration data, a password is only reset once we know it is you.",
  noChannel: "This portal has no SMS or e-mail password reset. Reset it in person at a police station's hukou counter:",
  step1: "Bring your own resident identity card (the original) to the hukou counter (户籍窗口) of any police station during office hours.",
  step2:
    "Tell the officer you need to reset your 户籍通办 password. After checking your card in person, the officer gives you a one-time password.",
  step3: "Back on the sign-in page, enter your citizen ID number as the username (a final X in either case) and the one-time password.",
  step4: "You are then asked to choose your own new password at once; your sign-ins on other devices end.",
  lockedNote:
    "An account locked after too many wrong passwords can sign in as soon as the counter has reset it; no need to wait 15 minutes.",
  takenNote:
    "Has someone else registered your citizen ID number? Bring your original identity card to a hukou counter too: once the officer has checked it, the account is yours, every earlier password and sign-in stops working, and your identity is verified.",
  staffNote: "Staff (officers, supervisors, administrators) who forgot their password: ask a system administrator.",
  back: "Back to sign-in",
  noAccount: "No account yet?",
  register: "Register",
};

export const counterResetEn: Widen<typeof counterResetZh> = {
  title: "Reset an applicant's password",
  workbenchLink: "Reset an applicant's password (at the counter)",
  intro:
    "A resident who forgot the password comes to the counter in person with the original identity card. Once the card is checked against the person, issue a one-time password; at first sign-in with it the resident must choose a new password.",
  staffNote: "Only applicant (resident) accounts can be reset here. Staff passwords are reset by a system administrator.",
  account: "Username or citizen ID number",
  accountHint: "A resident's username is the 18-character number on the identity card; a final X in either case.",
  name: "Name (as on the identity card)",
  identityChecked: "I have checked the original identity card in person, and it matches the person",
  submit: "Issue a one-time password",
  errorTitle: "Please correct the following",
  done: "The password of {name} is reset; every sign-in of the account has ended.",
  oneTime: "One-time password (shown only this once; hand it to the person):",
  mustChange: "Signing in with the citizen ID number and this one-time password, the resident must choose a new password at once.",
  reclaimed:
    "This account had not been verified; it is now verified and belongs to this person. Whoever signed in to it before can no longer do so.",
  reclaimedOpen:
    "Before verification the account had these open applications: go through them with the person; any they did not make, they withdraw after signing in:",
  reclaimedNone: "Before verification the account had no open applications.",
  back: "Back to the workbench",
  error: {
    accountRequired: "Enter a username or citizen ID number",
    accountLong: "A username or citizen ID number has at most 64 characters",
    nameRequired: "Enter the name on the identity card",
    nameLong: "A name has at most 40 characters",
    identityNotChecked: "Check the original identity card in person first, and tick the box",
    nameMismatch: "The name does not match the account's: check the identity card",
    notFound: "No applicant account found: check the username or citizen ID number",
    staff: "This is a staff account: officers can reset applicant accounts only; ask a system administrator",
    inactive: "This account is deactivated: ask a system administrator",
    forbidden: "You may not do this",
    unexpected: "The operation could not be completed (error id: {id})",
  },
};
