// The 黔南 counting standard (附件1 二(一)2 统计标准), applied to what the registry records of a settled
// person: a rural person whose hukou moves into a town is an agricultural-transfer settlement (农业转移人口
// 落户城镇); an urban person from elsewhere moving into a local town is another resident's settlement
// (其他常住人口落户城镇). Urban-village conversion and re-coding do not count (附件1 二(一)1(2)
// "不含城乡属性调整、城中村改造"); births are a different application kind and never reach here.
// docs/decisions/0201.

export type Area = "CENTRAL_URBAN" | "TOWN" | "RURAL";

export type SettlementCategory =
  | "AGRI_TRANSFER"
  | "OTHER_RESIDENT"
  /** 城中村改造 / 就地农转城: villagers registered as urban where they live (济源 二(三)). */
  | "EXCLUDED_CONVERSION"
  /** Urban to urban within the same county: not a settlement "from elsewhere". */
  | "LOCAL_URBAN_MOVE"
  /** Settled into a rural address: not "落户城镇". */
  | "NOT_TOWN"
  | "UNCLASSIFIED";

export const COUNTED_CATEGORIES: readonly SettlementCategory[] = ["AGRI_TRANSFER", "OTHER_RESIDENT"];

/** Pathways whose settlement is a conversion in place, not a move (excluded by 附件1). */
export const CONVERSION_PATHWAYS: readonly string[] = ["jiyuan.landless-villager-in-place"];

/** 黔南 二(一)2: relocated poverty households settling at the resettlement site (附件1 part 3). */
export const RELOCATION_PATHWAYS: readonly string[] = ["qiannan.relocated-poverty"];

export const isUrban = (area: Area | null | undefined): boolean => area === "CENTRAL_URBAN" || area === "TOWN";

export function areaFromFacts(value: unknown): Area | null {
  if (value === "central_urban") return "CENTRAL_URBAN";
  if (value === "town") return "TOWN";
  if (value === "rural") return "RURAL";
  return null;
}

export interface SettledPerson {
  targetArea: Area;
  /** The urban/rural attribute of the person's previous registration (registry household, or the facts when it was outside the registry). */
  previousArea: Area | null;
  /** True when the previous registration lay in the same county as the new one. */
  previousInSameCounty: boolean;
  pathwayId: string | null;
}

export function classifySettlement(person: SettledPerson): SettlementCategory {
  if (!isUrban(person.targetArea)) return "NOT_TOWN";
  if (person.pathwayId && CONVERSION_PATHWAYS.includes(person.pathwayId)) return "EXCLUDED_CONVERSION";
  if (person.previousArea === null) return "UNCLASSIFIED";
  if (person.previousArea === "RURAL") return "AGRI_TRANSFER";
  return person.previousInSameCounty ? "LOCAL_URBAN_MOVE" : "OTHER_RESIDENT";
}
