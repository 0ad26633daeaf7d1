// The English catalogue: the same shape as zh-cn.ts (the type checker refuses a missing string),
// assembled from features/<feature>/en.ts.
import type { Catalogue } from "./zh-cn";
import { adminAreaEn, adminEn } from "./features/admin/en";
import { applicantEn } from "./features/applicant/en";
import { applyEn } from "./features/apply/en";
import { authzEn } from "./features/authz/en";
import { calendarCoverageEn } from "./features/calendar/en";
import { careEn } from "./features/care/en";
import { caseworkEn } from "./features/casework/en";
import { certificateEn } from "./features/certificate/en";
import { checkEn } from "./features/check/en";
import { clerkEn } from "./features/clerk/en";
import { commonEn, forbiddenEn, metaEn, rolesEn } from "./features/common/en";
import { demoEn } from "./features/demo/en";
import { errorsEn } from "./features/errors/en";
import { factsViewEn } from "./features/facts-view/en";
import { endorseWindowEn, heldEn } from "./features/held/en";
import { kpiEn } from "./features/kpi/en";
import { landingEn, policiesEn } from "./features/landing/en";
import { libraryEn } from "./features/library/en";
import { mycaseEn } from "./features/mycase/en";
import { counterResetEn, forgotEn } from "./features/password-reset/en";
import { ratingsEn } from "./features/ratings/en";
import { signinEn } from "./features/signin/en";
import { supervisionEn } from "./features/supervision/en";
import { supervisorEn } from "./features/supervisor/en";
import { areaEn, kindEn, permitStatusEn, relationEn, statusEn } from "./features/vocabulary/en";

export const en: Catalogue = {
  apply: applyEn,
  mycase: mycaseEn,
  casework: caseworkEn,
  certificate: certificateEn,
  adminArea: adminAreaEn,
  forgot: forgotEn,
  counterReset: counterResetEn,
  held: heldEn,
  authz: authzEn,
  endorseWindow: endorseWindowEn,
  kpi: kpiEn,
  supervision: supervisionEn,
  calendarCoverage: calendarCoverageEn,
  factsView: factsViewEn,
  ratings: ratingsEn,
  care: careEn,
  demo: demoEn,
  meta: metaEn,
  common: commonEn,
  roles: rolesEn,
  forbidden: forbiddenEn,
  landing: landingEn,
  policies: policiesEn,
  signin: signinEn,
  status: statusEn,
  kind: kindEn,
  permitStatus: permitStatusEn,
  relation: relationEn,
  area: areaEn,
  applicant: applicantEn,
  clerk: clerkEn,
  supervisor: supervisorEn,
  admin: adminEn,
  check: checkEn,
  library: libraryEn,
  errors: errorsEn,
};
