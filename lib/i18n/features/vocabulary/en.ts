// English for vocabulary/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { statusZh, kindZh, permitStatusZh, relationZh, areaZh } from "./zh-CN";

export const statusEn: Widen<typeof statusZh> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  NEEDS_MATERIALS: "Materials needed",
  APPROVED: "Approved",
  REJECTED: "Refused",
  WITHDRAWN: "Withdrawn",
};

export const kindEn: Widen<typeof kindZh> = {
  SETTLEMENT: "Settlement",
  RESIDENCE_PERMIT: "Residence permit",
  PERMIT_ENDORSEMENT: "Permit endorsement",
  NEWBORN_REGISTRATION: "Newborn registration",
  NO_HUKOU_REGISTRATION: "Registration without hukou",
};

export const permitStatusEn: Widen<typeof permitStatusZh> = {
  VALID: "Valid",
  SUSPENDED: "Suspended (not endorsed)",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
};

export const relationEn: Widen<typeof relationZh> = {
  HEAD: "Head",
  SPOUSE: "Spouse",
  CHILD: "Child",
  PARENT: "Parent",
  GRANDPARENT: "Grandparent",
  GRANDCHILD: "Grandchild",
  OTHER: "Other",
};

export const areaEn: Widen<typeof areaZh> = { CENTRAL_URBAN: "Central urban area", TOWN: "Town", RURAL: "Rural / pastoral" };
