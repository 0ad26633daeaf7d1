// The example cases: the unit tests run exactly these, and the policy library page shows them, so
// what the page shows is what is tested.
import { chenzhouExamples } from "./chenzhou";
import { nationalPermitExamples, policyPeriodExamples, residencePermitExamples } from "./generated";
import type { EligibilityExample } from "./expectations";
import { jiyuanExamples } from "./jiyuan";
import { qiannanExamples } from "./qiannan";
import { shaoguanExamples } from "./shaoguan";
import { wushenExamples } from "./wushen";

export type { EligibilityExample, ExpectedMember, ExpectedPathway, ExpectedUnmet } from "./expectations";

export const examplesByJurisdiction = {
  jiyuan: jiyuanExamples,
  shaoguan: shaoguanExamples,
  wushen: wushenExamples,
  chenzhou: chenzhouExamples,
  qiannan: qiannanExamples,
} as const;

export const eligibilityExamples: readonly EligibilityExample[] = [
  ...jiyuanExamples,
  ...shaoguanExamples,
  ...wushenExamples,
  ...chenzhouExamples,
  ...qiannanExamples,
  ...residencePermitExamples,
  ...nationalPermitExamples,
  ...policyPeriodExamples,
];

/** The cases whose expectations mention this pathway (met, unmet or not listed). */
export function examplesForPathway(options: { pathwayId: string }): EligibilityExample[] {
  return eligibilityExamples.filter((e) => (e.expect.pathways ?? []).some((p) => p.id === options.pathwayId));
}
