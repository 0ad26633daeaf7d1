// The effect of an approval, by kind: one module each (docs/decisions/0288).
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import type { ApprovalEffect } from "./effect";
import { endorsement } from "./endorsement";
import { newborn } from "./newborn";
import { noHukou } from "./no-hukou";
import { residencePermit } from "./residence-permit";
import { settlement } from "./settlement";

export const APPROVAL_EFFECTS: Record<ApplicationKind, ApprovalEffect> = {
  SETTLEMENT: settlement,
  NO_HUKOU_REGISTRATION: noHukou,
  NEWBORN_REGISTRATION: newborn,
  RESIDENCE_PERMIT: residencePermit,
  PERMIT_ENDORSEMENT: endorsement,
};

export type { ApprovalEffect, Certificate, EffectContext } from "./effect";
