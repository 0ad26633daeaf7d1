// The `kind` values of the /apply/new URL contract and the application kinds they start.
import type { ApplicationKind } from "@/lib/generated/prisma/enums";

export const KIND_BY_SLUG: Readonly<Record<string, ApplicationKind>> = {
  settlement: "SETTLEMENT",
  residence_permit: "RESIDENCE_PERMIT",
  permit_endorsement: "PERMIT_ENDORSEMENT",
  newborn: "NEWBORN_REGISTRATION",
  no_hukou: "NO_HUKOU_REGISTRATION",
};

export const SLUGS = Object.keys(KIND_BY_SLUG) as (keyof typeof KIND_BY_SLUG)[];
