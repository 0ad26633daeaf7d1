// English for authz/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { authzZh } from "./zh-CN";

export const authzEn: Widen<typeof authzZh> = {
  passwordFirst:
    "That was not done: after signing in with a one-time password you must choose your own new password before doing anything else.",
  passwordFirstRoute:
    "Choose a new password at /account/password first: after signing in with a one-time password nothing can be downloaded or exported.",
  notHolder:
    "This case is not yours: take the case first; if another officer holds it, ask the station lead to reassign it to you before deciding.",
  supervisorNoFiles: "Supervisors do not open the applicant's uploaded files: the handling officer reviews them.",
  bornIn: "born {year}",
  birthYear: "Year of birth",
  withheld: "(shown to the handling officers only)",
};
