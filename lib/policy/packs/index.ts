// Every policy pack, by jurisdiction. A jurisdiction may hold several packs over time; the one in
// force on the application date answers (policyInForce). National acts that answer where no local
// clause is in force (residence permits) are in ./national.ts, apart from the local packs.
import { dateKey, isInPeriod } from "../dates";
import type { IsoDate, JurisdictionCode, PolicyPack } from "../types";
import { chenzhou } from "./chenzhou";
import { jiyuan } from "./jiyuan";
import { qiannan } from "./qiannan";
import { shaoguan } from "./shaoguan";
import { wushen } from "./wushen";

export const policyPacks: readonly PolicyPack[] = [jiyuan, shaoguan, wushen, chenzhou, qiannan];

const byJurisdiction = new Map<JurisdictionCode, PolicyPack[]>();
for (const pack of policyPacks) {
  const list = byJurisdiction.get(pack.jurisdiction) ?? [];
  list.push(pack);
  byJurisdiction.set(pack.jurisdiction, list);
}

export function packsOf(options: { jurisdiction: JurisdictionCode }): readonly PolicyPack[] {
  return byJurisdiction.get(options.jurisdiction) ?? [];
}

/** The pack of that jurisdiction in force on the date, or null when none is. */
export function policyInForce(options: { jurisdiction: JurisdictionCode; asOf: IsoDate }): PolicyPack | null {
  const onKey = dateKey(options.asOf);
  for (const pack of packsOf(options)) {
    if (isInPeriod({ onKey, from: pack.period.effectiveFrom, to: pack.period.effectiveTo })) return pack;
  }
  return null;
}

export { chenzhou, jiyuan, qiannan, shaoguan, wushen };
export { nationalPolicies, nationalPolicyInForce, nationalResidencePermit } from "./national";
