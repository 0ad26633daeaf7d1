// English for policies/zh-CN.ts (the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { policiesZh } from "./zh-CN";

export const policiesEn: Widen<typeof policiesZh> = {
  title: "Policy library",
  intro:
    "The five jurisdictions' hukou reform documents as encoded here: each settlement pathway's conditions, who may come along, the clause it cites, and the test cases that check each rule.",
  document: "Document",
  period: "In force",
  periodOpen: "from {from}",
  periodRange: "{from} to {to}",
  pathways: "Settlement pathways",
  conditions: "Conditions",
  noConditions: "No further conditions",
  anyOf: "One of:",
  members: "Family who may come along",
  noMembers: "The clause names no family",
  quote: "Clause text",
  examples: "Test cases",
  expectMet: "should be met",
  expectNotMet: "should not be met",
  areas: "Areas",
  kind: "Service",
  national: "National rules",
  answersWhen: "Applies when",
  notes: "Notes",
  decisions: "Reading records",
  open: "Open",
  tryIt: "Try this case",
  howWeRead: "How we read this clause",
  whoMayApply: "Who may apply",
  inForce: "in force",
  draft: "draft for comment",
  expired: "expired",
  standingDraft: "This document is a draft for comment; no adopted text has been seen, so answers based on it are guidance only.",
  standingExpired:
    "This document expired on {to}. Since then residence permits follow the State Council's Interim Regulations on Residence Permits; for settlement, ask the local police station.",
  ageTitle: "How age is counted: the day a person turns 18",
  ageBody:
    "The portal follows its published rule: a person is a minor until the 18th birthday and an adult from that day (born 29 February: 1 March in common years). In Chinese judicial practice “周岁” are counted from the day after the birthday (法释〔2006〕1号 第二条), so on the 18th birthday itself a person is not yet 18 周岁. The two differ on that one day only; a clerk deciding a case filed on the birthday can take this into account.",
  decisionRecord: "Reading record",
  tryItAll: "Test cases",
};
