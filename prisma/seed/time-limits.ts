// Legal time limits for deciding a case, in days from submission. The 15 days for a residence permit
// are 《居住证暂行条例》 (issue within 15 days of acceptance); the others are the portal's working
// assumption until the applications module fixes them. The seed only uses them to set dueAt.
import type { ApplicationKind } from "@/lib/generated/prisma/client";

export const TIME_LIMIT_DAYS: Readonly<Record<ApplicationKind, number>> = {
  SETTLEMENT: 30,
  RESIDENCE_PERMIT: 15,
  PERMIT_ENDORSEMENT: 15,
  NEWBORN_REGISTRATION: 30,
  NO_HUKOU_REGISTRATION: 30,
};
