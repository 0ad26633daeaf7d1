// English for errors/zh-CN.ts (the type checker refuses a missing string).
import { limitErrorsEn } from "../limits/en";
import type { Widen } from "../../widen";
import type { errorsZh } from "./zh-CN";

export const errorsEn: Widen<typeof errorsZh> = {
  STALE: "Someone else updated this case; reload and try again.",
  NOT_FOUND: "Record not found.",
  INVALID_STATE: "This case cannot do that in its current status.",
  FORBIDDEN: "You may not do this.",
  UNAUTHENTICATED: "Please sign in first.",
  VALIDATION: "Something sent is not right: correct the marked items and try again.",
  FILE_EMPTY: "The file is empty (0 bytes); please choose it again.",
  FILE_TOO_LARGE: "The file is larger than 10 MB; please compress it or split it into pages.",
  FILE_TYPE: "Only PDF, JPEG or PNG files are accepted (judged by their content, not their name).",
  MISSING_DOCUMENTS: "Required documents are missing: add them under “Upload documents” and try again.",
  NOT_HOLDER:
    "This case is not yours: take the case first; if another officer holds it, ask the station lead to reassign it to you before deciding.",
  ENDORSEMENT_WINDOW:
    "The permit cannot be endorsed now: endorsement is done in the month before each full year of residence (Interim Regulations on Residence Permits, art. 14).",
  ...limitErrorsEn,
  IDENTITY_UNVERIFIED:
    "Your identity has not been verified yet, so nothing that concerns a household, a residence permit or a certificate can be started: bring your original identity card to the hukou counter of any police station to have it verified.",
};
