// The Chinese catalogue is the source: every key exists here first, and en.ts must match its
// shape (the type checker refuses a missing English string). The strings live in
// features/<feature>/zh-CN.ts; this file only assembles them under their top-level keys.
import { adminZh, adminAuditZh } from "./features/admin/zh-CN";
import { meHomeZh } from "./features/me/zh-CN";
import { applyZh } from "./features/apply/zh-CN";
import { authzZh } from "./features/authz/zh-CN";
import { calendarCoverageZh } from "./features/calendar/zh-CN";
import { careZh } from "./features/care/zh-CN";
import { workbenchZh } from "./features/workbench/zh-CN";
import { certificateZh } from "./features/certificate/zh-CN";
import { checkZh } from "./features/check/zh-CN";
import { workbenchQueueZh } from "./features/workbench/zh-CN";
import { commonZh, forbiddenZh, metaZh, rolesZh } from "./features/common/zh-CN";
import { demoZh } from "./features/demo/zh-CN";
import { errorsZh } from "./features/errors/zh-CN";
import { factsViewZh } from "./features/facts-view/zh-CN";
import { endorseWindowZh, heldZh } from "./features/held/zh-CN";
import { kpiZh } from "./features/kpi/zh-CN";
import { landingZh, placesZh } from "./features/landing/zh-CN";
import { policiesZh } from "./features/policies/zh-CN";
import { meZh } from "./features/me/zh-CN";
import { counterResetZh, forgotZh } from "./features/password-reset/zh-CN";
import { ratingsZh } from "./features/ratings/zh-CN";
import { signinZh } from "./features/signin/zh-CN";
import { supervisionZh } from "./features/supervision/zh-CN";
import { supervisionHomeZh } from "./features/supervision/zh-CN";
import { areaZh, kindZh, permitStatusZh, relationZh, statusZh } from "./features/vocabulary/zh-CN";
import type { Widen } from "./widen";

export const zhCN = {
  apply: applyZh,
  me: { ...meZh, home: meHomeZh },
  workbench: { ...workbenchZh, queue: workbenchQueueZh },
  certificate: certificateZh,
  admin: { ...adminZh, ...adminAuditZh },
  forgot: forgotZh,
  counterReset: counterResetZh,
  held: heldZh,
  authz: authzZh,
  endorseWindow: endorseWindowZh,
  kpi: kpiZh,
  supervision: { ...supervisionZh, ...supervisionHomeZh },
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
  places: placesZh,
  signin: signinZh,
  status: statusZh,
  kind: kindZh,
  permitStatus: permitStatusZh,
  relation: relationZh,
  area: areaZh,
  check: checkZh,
  policies: policiesZh,
  errors: errorsZh,
};

export type Catalogue = Widen<typeof zhCN>;
