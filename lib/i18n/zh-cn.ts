// The Chinese catalogue is the source: every key exists here first, and en.ts must match its
// shape (the type checker refuses a missing English string). The strings live in
// features/<feature>/zh-CN.ts; this file only assembles them under their top-level keys.
import { adminAreaZh, adminZh } from "./features/admin/zh-CN";
import { applicantZh } from "./features/applicant/zh-CN";
import { applyZh } from "./features/apply/zh-CN";
import { authzZh } from "./features/authz/zh-CN";
import { calendarCoverageZh } from "./features/calendar/zh-CN";
import { careZh } from "./features/care/zh-CN";
import { caseworkZh } from "./features/casework/zh-CN";
import { certificateZh } from "./features/certificate/zh-CN";
import { checkZh } from "./features/check/zh-CN";
import { clerkZh } from "./features/clerk/zh-CN";
import { commonZh, forbiddenZh, metaZh, rolesZh } from "./features/common/zh-CN";
import { demoZh } from "./features/demo/zh-CN";
import { errorsZh } from "./features/errors/zh-CN";
import { factsViewZh } from "./features/facts-view/zh-CN";
import { endorseWindowZh, heldZh } from "./features/held/zh-CN";
import { kpiZh } from "./features/kpi/zh-CN";
import { landingZh, policiesZh } from "./features/landing/zh-CN";
import { libraryZh } from "./features/library/zh-CN";
import { mycaseZh } from "./features/mycase/zh-CN";
import { counterResetZh, forgotZh } from "./features/password-reset/zh-CN";
import { ratingsZh } from "./features/ratings/zh-CN";
import { signinZh } from "./features/signin/zh-CN";
import { supervisionZh } from "./features/supervision/zh-CN";
import { supervisorZh } from "./features/supervisor/zh-CN";
import { areaZh, kindZh, permitStatusZh, relationZh, statusZh } from "./features/vocabulary/zh-CN";
import type { Widen } from "./widen";

export const zhCN = {
  apply: applyZh,
  mycase: mycaseZh,
  casework: caseworkZh,
  certificate: certificateZh,
  adminArea: adminAreaZh,
  forgot: forgotZh,
  counterReset: counterResetZh,
  held: heldZh,
  authz: authzZh,
  endorseWindow: endorseWindowZh,
  kpi: kpiZh,
  supervision: supervisionZh,
  calendarCoverage: calendarCoverageZh,
  factsView: factsViewZh,
  ratings: ratingsZh,
  care: careZh,
  demo: demoZh,
  meta: metaZh,
  common: commonZh,
  roles: rolesZh,
  forbidden: forbiddenZh,
  landing: landingZh,
  policies: policiesZh,
  signin: signinZh,
  status: statusZh,
  kind: kindZh,
  permitStatus: permitStatusZh,
  relation: relationZh,
  area: areaZh,
  applicant: applicantZh,
  clerk: clerkZh,
  supervisor: supervisorZh,
  admin: adminZh,
  check: checkZh,
  library: libraryZh,
  errors: errorsZh,
};

export type Catalogue = Widen<typeof zhCN>;
