// Public surface of the policy engine. Pure code: no database, no clock, no framework imports.
export { answerEligibility, answerEligibilityText, type EligibilityAnswer } from "./answer";
export { evaluateEligibility } from "./evaluate";
export {
  eligibilityRequestSchema,
  parseEligibilityRequest,
  formatPath,
  MESSAGES as VALIDATION_MESSAGES,
  type EligibilityRequest,
  type ParseResult,
  type RequestApplicant,
  type RequestMember,
} from "./facts-schema";
export { todayInChina, isMinorOn, dateKey, addDays } from "./dates";
export {
  findContradictions,
  monthsAlive,
  CONTRADICTION_MESSAGES,
  CONTRADICTION_RULES,
  type Contradiction,
  type ContradictionRule,
  type ContradictionFacts,
} from "./contradictions";
export { policyPacks, policyInForce, packsOf, nationalPolicies, nationalPolicyInForce } from "./packs";
export {
  policyLibrary,
  libraryPolicy,
  nationalPolicyLibrary,
  libraryNationalPolicy,
  type LibraryPolicy,
  type LibraryNationalPolicy,
  type LibraryPathway,
  type LibraryMemberRule,
} from "./library";
export {
  unconditionalRegistrations,
  needsEligibilityConditions,
  type RegistrationKind,
  type UnconditionalRegistration,
} from "./unconditional";
export {
  RESIDENCE_PERMIT_DECREE,
  RESIDENCE_PERMIT_DECREE_CITATION,
  RESIDENCE_PERMIT_DECREE_NUMBER,
  RESIDENCE_PERMIT_DECREE_PERIOD,
} from "./residence-permit";
export { encodeFactsParam, decodeFactsParam, FACTS_PARAM_MAX_LENGTH, type DecodeFactsResult } from "./facts-param";
export { areaOfUnit, type UnitAreaKind } from "./unit-area";
export { standingOn } from "./standing";
export { eligibilityExamples, examplesByJurisdiction, examplesForPathway, type EligibilityExample } from "./examples";
export * from "./types";
