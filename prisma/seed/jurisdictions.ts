// Flattens the jurisdiction tree into rows with materialised paths, and describes the stations the
// rest of the seed places people, permits and cases at.
import type { AreaKind } from "@/lib/generated/prisma/client";
import { seedId } from "./ids";
import { JURISDICTION_TREE, type PolicyCode, type UnitSpec } from "./jurisdiction-tree";
import type { PlannedJurisdiction } from "./plan-types";

/** The stations of the demo clerks. */
export const DEMO_STATION_CODES = {
  clerk: "chenzhou-beihu-renminlu-ps",
  clerk2: "jiyuan-qinyuan-ps",
} as const;

/** The jurisdictions of the demo supervisors (policy units). */
export const DEMO_SUPERVISOR_SCOPES = {
  supervisor: "chenzhou",
  supervisor2: "qiannan",
} as const;

export interface StationInfo {
  code: string;
  name: string;
  area: AreaKind;
  /** The policy unit the station lies in. */
  policy: PolicyCode;
  /** Citizen-ID address code of the county (or city) the station serves. */
  region: string;
  /** Names from the policy unit down to the station's parent, e.g. ["郴州市", "北湖区"]. */
  placeNames: string[];
  /** The station's position in the tree walk, 1-based; used in household numbers. */
  ordinal: number;
}

export interface JurisdictionPlan {
  rows: PlannedJurisdiction[];
  stations: StationInfo[];
  byCode: Map<string, PlannedJurisdiction>;
}

export function planJurisdictions(): JurisdictionPlan {
  const rows: PlannedJurisdiction[] = [];
  const stations: StationInfo[] = [];
  const later: Omit<StationInfo, "ordinal">[] = [];
  const walk = (options: {
    spec: UnitSpec;
    parent: PlannedJurisdiction | null;
    policy: PolicyCode | null;
    region: string | null;
    placeNames: string[];
  }) => {
    const { spec, parent } = options;
    const region = spec.region ?? options.region;
    const area = spec.level === "STATION" && parent ? parent.area : spec.area;
    const row: PlannedJurisdiction = {
      id: seedId({ table: "Jurisdiction", key: spec.code }),
      code: spec.code,
      name: spec.name,
      nameEn: spec.nameEn,
      level: spec.level,
      area,
      path: `${parent ? parent.path : "/"}${spec.code}/`,
      policyCode: spec.policyCode ?? null,
      regionCode: region,
      parentCode: parent ? parent.code : null,
    };
    rows.push(row);
    const policy = (spec.policyCode as PolicyCode | undefined) ?? options.policy;
    if (spec.level === "STATION") {
      if (!policy || !region) throw new Error(`station ${spec.code} lies outside a policy unit`);
      if (spec.later) later.push({ code: spec.code, name: spec.name, area, policy, region, placeNames: options.placeNames });
      else
        stations.push({
          code: spec.code,
          name: spec.name,
          area,
          policy,
          region,
          placeNames: options.placeNames,
          ordinal: stations.length + 1,
        });
    }
    const placeNames = policy && spec.level !== "PROVINCE" ? [...options.placeNames, spec.name] : [];
    for (const child of spec.children ?? []) {
      walk({ spec: child, parent: row, policy, region, placeNames });
    }
  };
  for (const spec of JURISDICTION_TREE) walk({ spec, parent: null, policy: null, region: null, placeNames: [] });
  for (const s of later) stations.push({ ...s, ordinal: stations.length + 1 });
  return { rows, stations, byCode: new Map(rows.map((r) => [r.code, r])) };
}

export function stationByCode(options: { stations: StationInfo[]; code: string }): StationInfo {
  const found = options.stations.find((s) => s.code === options.code);
  if (!found) throw new Error(`unknown station ${options.code}`);
  return found;
}
