// Legal time limits for deciding a case, in working days (《行政许可法》 第八十二条: time limits of
// administrative licensing are counted in working days, statutory holidays excluded), each with its
// source. docs/decisions/0010-case-clock.md explains the choices.
import type { ApplicationKind } from "@/lib/generated/prisma/enums";

export interface TimeLimit {
  readonly workingDays: number;
  readonly citation: { readonly document: string; readonly clause: string };
  readonly quote: string;
}

const LICENSING_DEFAULT: TimeLimit = {
  workingDays: 20,
  citation: { document: "《中华人民共和国行政许可法》", clause: "第四十二条" },
  quote: "除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。",
};

const RESIDENCE_PERMIT: TimeLimit = {
  workingDays: 15,
  citation: { document: "《居住证暂行条例》（国务院令第663号）", clause: "第十条" },
  quote: "公安机关应当自受理之日起15日内制作发放居住证。",
};

export const TIME_LIMITS: Readonly<Record<ApplicationKind, TimeLimit>> = {
  SETTLEMENT: LICENSING_DEFAULT,
  RESIDENCE_PERMIT,
  // The decree sets no separate limit for endorsement; the permit's own limit is the closest rule.
  PERMIT_ENDORSEMENT: { ...RESIDENCE_PERMIT },
  NEWBORN_REGISTRATION: LICENSING_DEFAULT,
  NO_HUKOU_REGISTRATION: LICENSING_DEFAULT,
};
