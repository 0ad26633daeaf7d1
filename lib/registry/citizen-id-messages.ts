// One message per way a typed citizen ID number can be wrong, so a resident knows what to fix:
// too short or long, a letter where a digit belongs, a birth date that does not exist, a mistyped digit.
import type { MessageKey } from "@/lib/i18n";
import type { CitizenIdProblem } from "./citizen-id";

const KEYS: Readonly<Record<CitizenIdProblem, MessageKey>> = {
  LENGTH: "apply.validation.idLength",
  FORMAT: "apply.validation.idFormat",
  BIRTH_DATE: "apply.validation.idBirthDate",
  CHECK_DIGIT: "apply.validation.idCheckDigit",
};

export function citizenIdProblemKey(problem: CitizenIdProblem): MessageKey {
  return KEYS[problem];
}
