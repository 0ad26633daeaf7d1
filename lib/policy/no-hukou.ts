// Registration of a person who has no hukou at all (无户口人员). It is not a migration and has no
// eligibility conditions: 国办发〔2015〕96号 ("每个公民依法登记一个常住户口") forbids any precondition
// outside the registration rules. As a settlement answer it is a pathway that applies only to a person
// without a hukou and is then always met (0104-no-hukou-and-newborns.md).
import { ALL_AREAS } from "./definitions";
import { pathway } from "./pathway-builders";
import type { Citation, EffectivePeriod, JurisdictionCode, Pathway } from "./types";

export const NO_HUKOU_NATIONAL_BASIS = "国办发〔2015〕96号《国务院办公厅关于解决无户口人员登记户口问题的意见》";

export function noHukouRegistrationPathway(options: {
  jurisdiction: JurisdictionCode;
  citation: Citation;
  period: EffectivePeriod;
  quote: string;
}): Pathway {
  return pathway({
    id: `${options.jurisdiction}.no-hukou-registration`,
    areas: ALL_AREAS,
    citation: options.citation,
    period: options.period,
    summary: "无户口人员依法登记常住户口，不设任何前置条件",
    summaryEn: "A person with no hukou is registered, with no preconditions",
    quote: options.quote,
    onlyWithoutHukou: true,
    conditions: [],
    decisions: ["0104-no-hukou-and-newborns.md", "0125-no-hukou-note.md"],
  });
}
