// National acts that answer a kind of request by themselves where no local clause on it is in force.
// One so far: 《居住证暂行条例》 (国务院令第663号), from 2016-01-01, for residence permits. The local
// documents only restate it, so a residence permit outlives a local policy that expires (韶关 after
// 2020-10-22) or predates one (黔南 before 2018). Settlement has no national fallback: 国发〔2014〕25号
// is an opinion directing local governments to issue their own measures, not a rule applied to a person.
// Decision: docs/decisions/0112-residence-permit-national-decree.md.
import { dateKey, isInPeriod } from "../dates";
import {
  nationalResidencePermitPathway,
  RESIDENCE_PERMIT_DECREE,
  RESIDENCE_PERMIT_DECREE_CITATION,
  RESIDENCE_PERMIT_DECREE_NUMBER,
  RESIDENCE_PERMIT_DECREE_PERIOD,
} from "../residence-permit";
import type { IsoDate, Kind, NationalPolicy } from "../types";

export const nationalResidencePermit: NationalPolicy = {
  id: "national-residence-permit-2016",
  nature: "adopted",
  kind: "residence_permit",
  title: RESIDENCE_PERMIT_DECREE,
  documentNumber: RESIDENCE_PERMIT_DECREE_NUMBER,
  issuer: "国务院",
  dated: "2015-11-26",
  period: RESIDENCE_PERMIT_DECREE_PERIOD,
  periodNote: "国务院 2015-11-26 公布，“本条例自2016年1月1日起施行”，未规定有效期。",
  answersWhenZh: "申请居住证之日，该地没有施行中的本地居住证规定（本地文件尚未施行或已经届满）时，直接适用本条例。",
  answersWhenEn:
    "Answers residence-permit requests in any jurisdiction on dates when no local clause on residence permits is in force (the local document not yet in force, or expired).",
  pathways: [nationalResidencePermitPathway],
  notes: [
    {
      code: "NATIONAL_DECREE_APPLIES",
      citation: RESIDENCE_PERMIT_DECREE_CITATION,
      messageZh: "该日期本地没有施行中的居住证规定，按国务院《居住证暂行条例》（国务院令第663号）办理。",
      messageEn:
        "No local residence-permit rule is in force on that date; the State Council's Interim Regulations on Residence Permits (Decree No. 663) apply.",
      applies: () => true,
    },
  ],
};

export const nationalPolicies: readonly NationalPolicy[] = [nationalResidencePermit];

/** The national act answering this kind of request on the date, or null (before 2016 for permits; settlement). */
export function nationalPolicyInForce(options: { kind: Kind; asOf: IsoDate }): NationalPolicy | null {
  const onKey = dateKey(options.asOf);
  for (const policy of nationalPolicies) {
    if (policy.kind !== options.kind) continue;
    if (isInPeriod({ onKey, from: policy.period.effectiveFrom, to: policy.period.effectiveTo })) return policy;
  }
  return null;
}
