// Which application statuses are still waiting on the station (the queue, the time-limit clock).
import { ApplicationStatus, PermitStatus } from "@/lib/generated/prisma/enums";

export const OPEN_STATUSES = [ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.NEEDS_MATERIALS] as const;
export const ALL_STATUSES = Object.values(ApplicationStatus);
export const ALL_PERMIT_STATUSES = Object.values(PermitStatus);
