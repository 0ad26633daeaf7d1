// The English catalogue: the same shape as zh-cn.ts (the type checker refuses a missing string),
// assembled from features/<feature>/en.ts.
import type { Catalogue } from "./zh-cn";
import { adminEn, adminAuditEn } from "./features/admin/en";
import { meHomeEn } from "./features/me/en";
import { applyEn } from "./features/apply/en";
import { authzEn } from "./features/authz/en";
import { calendarCoverageEn } from "./features/calendar/en";
import { careEn } from "./features/care/en";
import { workbenchEn } from "./features/workbench/en";
import { certificateEn } from "./features/certificate/en";
import { checkEn } from "./features/check/en";
import { workbenchQueueEn } from "./features/workbench/en";
import { commonEn, forbiddenEn, metaEn, rolesEn } from "./features/common/en";
import { demoEn } from "./features/demo/en";
import { errorsEn } from "./features/errors/en";
import { factsViewEn } from "./features/facts-view/en";
import { endorseWindowEn, heldEn } from "./features/held/en";
import { kpiEn } from "./features/kpi/en";
import { landingEn, placesEn } from "./features/landing/en";
import { policiesEn } from "./features/policies/en";
import { meEn } from "./features/me/en";
import { counterResetEn, forgotEn } from "./features/password-reset/en";
import { ratingsEn } from "./features/ratings/en";
import { signinEn } from "./features/signin/en";
import { supervisionEn } from "./features/supervision/en";
import { supervisionHomeEn } from "./features/supervision/en";
import { areaEn, kindEn, permitStatusEn, relationEn, statusEn } from "./features/vocabulary/en";

export const en: Catalogue = {
  apply: applyEn,
  me: { ...meEn, home: meHomeEn },
  workbench: { ...workbenchEn, queue: workbenchQueueEn },
  certificate: certificateEn,
  admin: { ...adminEn, ...adminAuditEn },
  forgot: forgotEn,
  counterReset: counterResetEn,
  held: heldEn,
  authz: authzEn,
  endorseWindow: endorseWindowEn,
  kpi: kpiEn,
  supervision: { ...supervisionEn, ...supervisionHomeEn },
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
  places: placesEn,
  signin: signinEn,
  status: statusEn,
  kind: kindEn,
  permitStatus: permitStatusEn,
  relation: relationEn,
  area: areaEn,
  check: checkEn,
  policies: policiesEn,
  errors: errorsEn,
};
