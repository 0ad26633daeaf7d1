// English for landing/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { landingZh, placesZh } from "./zh-CN";

export const landingEn: Widen<typeof landingZh> = {
  heading: "Hukou Portal: settle and get a residence permit online, in one trip",
  intro:
    "This portal carries out the national and local household-registration reforms: residents apply online to settle and for residence permits, hukou officers review and decide in one screen, and supervisors follow legal time limits and reform targets.",
  forWhom: "Who it serves",
  residentsTitle: "Residents",
  residentsBody:
    "Apply online for settlement, a residence permit, its yearly endorsement, newborn registration and registration of people without hukou; follow every step.",
  clerksTitle: "Hukou officers",
  clerksBody: "See your station's cases, accept, review and decide; the registry changes in one step, and every step is recorded.",
  supervisorsTitle: "Supervisors",
  supervisorsBody: "Watch queues, legal time limits, overdue cases and the reform's targets across your jurisdiction.",
  policiesTitle: "Reform documents in force here",
  policiesIntro: "Cases are decided under these five jurisdictions' hukou reform documents; every rule cites its clause.",
  principlesTitle: "Principles",
  principle1: "Giving up contracted land, homestead or collective income rights is never a condition of settling.",
  principle2: "Every citizen registers exactly one permanent hukou.",
  principle3: "Newborns and people without hukou are registered without extra conditions.",
  principle4: "When materials are missing, you are told everything that is missing at once.",
  start: "Sign in to apply",
};

export const placesEn: Widen<typeof placesZh> = {
  jiyuan: "Jiyuan",
  shaoguan: "Shaoguan",
  wushen: "Uxin Banner",
  chenzhou: "Chenzhou",
  qiannan: "Qiannan Prefecture",
};
