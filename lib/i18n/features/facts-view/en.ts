// English for facts-view/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { factsViewZh } from "./zh-CN";

export const factsViewEn: Widen<typeof factsViewZh> = {
  intro: "What the applicant answered in each section; “not answered” means no answer was given — not “no” or “0”.",
  unanswered: "Not answered",
  yes: "Yes",
  no: "No",
  months: "{n} months",
  member: "Family member {n}",
  noFamily: "No family members given",
  notKept:
    "The answers of this case were not kept as typed: shown from the request at submission, which may hold defaults (0 months, none).",
};
