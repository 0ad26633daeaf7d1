// English for common/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { metaZh, commonZh, rolesZh, forbiddenZh } from "./zh-CN";

export const metaEn: Widen<typeof metaZh> = {
  title: "Hukou Portal",
  description: "Household-registration reform online: settlement, residence permits, review and supervision",
};

export const commonEn: Widen<typeof commonZh> = {
  siteName: "Hukou Portal",
  siteTagline: "Household-registration reform, online",
  skipToContent: "Skip to content",
  signIn: "Sign in",
  signOut: "Sign out",
  switchLanguage: "中文",
  switchLanguageLabel: "Switch to Chinese",
  home: "Home",
  myHome: "My home",
  footer: "Cases are handled under each jurisdiction's hukou reform documents; personal information is kept confidential by law.",
  signedInAs: "Signed in: {name} ({role})",
  errorId: "Error id: {id}",
  genericError: "The system could not complete this. Please try again later; if you need help, quote the error id.",
  notFound: "This page or record was not found.",
  back: "Back",
  none: "None",
  colon: ": ",
  selfCheck: "Self-check",
  library: "Policy library",
};

export const rolesEn: Widen<typeof rolesZh> = {
  APPLICANT: "Applicant",
  CLERK: "Hukou officer",
  SUPERVISOR: "Supervisor",
  ADMIN: "Administrator",
};

export const forbiddenEn: Widen<typeof forbiddenZh> = {
  title: "Access denied",
  body: "Your account may not open this page. If you think this is a mistake, contact the administrator.",
  goHome: "Back to my home",
};
