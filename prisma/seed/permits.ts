// Residence permits (居住证) and their yearly endorsements (签注), following 《居住证暂行条例》: the
// endorsement falls in the month before each full year; a missed one suspends the permit; a late one
// restores it and the years of residence count again from that day.
//
// Statuses as the seed uses them (the permits module may refine them):
//   VALID      endorsed up to date (some after a late endorsement);
//   SUSPENDED  the last endorsement was missed within the past year — functions suspended until endorsed;
//   EXPIRED    missed for more than a year: the holder is taken to have left, a new permit is needed;
//   CANCELLED  the holder settled here (the permit is no longer needed) or moved away.
import type { PermitStatus } from "@/lib/generated/prisma/client";
import { makeAddress } from "./addresses";
import { addDays, addYears, dateBetween, REFERENCE_DATE } from "./dates";
import { seedId } from "./ids";
import type { StationInfo } from "./jurisdictions";
import type { PolicyCode } from "./jurisdiction-tree";
import { HOMETOWNS } from "./names";
import type { PlannedEndorsement, PlannedPermit, PlannedPerson } from "./plan-types";
import type { Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import { clerkUsername } from "./users";

/** The prefix in permit numbers: the first four digits of the issuing city's address code. */
const NUMBER_PREFIX: Record<PolicyCode, string> = {
  jiyuan: "4190",
  shaoguan: "4402",
  wushen: "1506",
  chenzhou: "4310",
  qiannan: "5227",
};

export type PermitPattern =
  | { kind: "valid" }
  | { kind: "valid-late"; lateOn?: string }
  | { kind: "suspended" }
  | { kind: "expired" }
  | { kind: "cancelled"; on: string };

export interface PermitPlanner {
  issue(options: {
    holder: PlannedPerson;
    station: StationInfo;
    issuedOn: string;
    pattern: PermitPattern;
    address?: string;
    /** No endorsement on or after this day (one is pending as an application). */
    endorseBefore?: string;
  }): PlannedPermit;
  permits: PlannedPermit[];
}

export function createPermitPlanner(options: { rng: Rng }): PermitPlanner {
  const { rng } = options;
  const permits: PlannedPermit[] = [];
  const counters = new Map<string, number>();

  const issue: PermitPlanner["issue"] = (o) => {
    // JZZ-<city>-<year of issue>-<running number within that city and year>.
    const series = `JZZ-${NUMBER_PREFIX[o.station.policy]}-${o.issuedOn.slice(0, 4)}`;
    const seq = (counters.get(series) ?? 0) + 1;
    counters.set(series, seq);
    const number = `${series}-${String(seq).padStart(6, "0")}`;
    const by = clerkUsername({ stationCode: o.station.code });
    const limit = o.endorseBefore ?? addDays(REFERENCE_DATE, 1);
    const endorsements: PlannedEndorsement[] = [];
    let validUntil = addYears(o.issuedOn, 1);
    let residenceSince = o.issuedOn;
    const endorse = (on: string, late: boolean) => {
      const until = late ? addYears(on, 1) : addYears(validUntil, 1);
      endorsements.push({
        id: seedId({ table: "PermitEndorsement", key: `${number}:${on}` }),
        endorsedOn: on,
        validUntil: until,
        late,
        byUsername: by,
      });
      if (late) residenceSince = on;
      validUntil = until;
    };
    const onTimeDay = () => addDays(validUntil, -rng.int(3, 28));
    // Endorses on time while the next one falls before `stop` and the holder's cycle allows it.
    const endorseWhile = (keepGoing: () => boolean, stop: string) => {
      for (;;) {
        const on = onTimeDay();
        if (on >= stop || on >= limit || !keepGoing()) return;
        endorse(on, false);
      }
    };

    let status: PermitStatus = "VALID";
    const p = o.pattern;
    if (p.kind === "valid") {
      endorseWhile(() => true, addDays(REFERENCE_DATE, 1));
    } else if (p.kind === "valid-late") {
      const lateOn = p.lateOn ?? addDays(REFERENCE_DATE, -rng.int(200, 400));
      endorseWhile(() => addYears(validUntil, 1) < lateOn, lateOn);
      endorse(lateOn, true);
      endorseWhile(() => true, addDays(REFERENCE_DATE, 1));
    } else if (p.kind === "suspended") {
      endorseWhile(() => addYears(validUntil, 1) < REFERENCE_DATE, REFERENCE_DATE);
      status = "SUSPENDED";
    } else if (p.kind === "expired") {
      endorseWhile(() => addYears(validUntil, 2) < REFERENCE_DATE, REFERENCE_DATE);
      status = "EXPIRED";
    } else {
      endorseWhile(() => true, p.on);
      status = "CANCELLED";
    }
    const permit: PlannedPermit = {
      id: seedId({ table: "ResidencePermit", key: number }),
      number,
      holderCitizenId: o.holder.citizenId,
      jurisdictionCode: o.station.policy,
      stationCode: o.station.code,
      address: o.address ?? makeAddress({ rng, station: o.station, rural: false }),
      issuedOn: o.issuedOn,
      residenceSince,
      validUntil,
      status,
      endorsements,
    };
    permits.push(permit);
    return permit;
  };
  return { issue, permits };
}

/** Status mix of the permits held by people who never used the portal, per issuing city. */
const STANDALONE: Record<PolicyCode, PermitPattern["kind"][]> = {
  jiyuan: ["valid", "valid", "valid-late", "suspended", "expired"],
  shaoguan: ["valid", "valid", "valid", "suspended", "expired", "cancelled"],
  wushen: ["valid", "valid", "suspended", "valid-late"],
  chenzhou: ["valid", "valid", "valid", "suspended", "expired", "valid-late"],
  qiannan: ["valid", "valid", "suspended", "valid"],
};

/**
 * Permits of migrants (hukou elsewhere, no membership here). Two 韶关 holders are 黔南 residents who
 * work in Guangdong — their hukou is active in a 黔南 household, which is what makes them non-local in 韶关.
 */
export function planStandalonePermits(options: { planner: RegistryPlanner; permits: PermitPlanner; rng: Rng; stations: StationInfo[] }) {
  const { planner, permits, rng } = options;
  const holders = new Set(permits.permits.map((p) => p.holderCitizenId));
  const qiannanWorkers = planner.households
    .filter((h) => h.type === "FAMILY" && h.stationCode.startsWith("qiannan-"))
    .flatMap((h) => h.memberships.filter((m) => m.validTo === null && m.relation === "CHILD"))
    .map((m) => planner.persons.find((p) => p.citizenId === m.citizenId)!)
    .filter((p) => p.birthDate >= "1986-01-01" && p.birthDate <= "2004-01-01" && !holders.has(p.citizenId));
  for (const [policy, kinds] of Object.entries(STANDALONE) as [PolicyCode, PermitPattern["kind"][]][]) {
    const stations = options.stations.filter((s) => s.policy === policy && s.area !== "RURAL");
    kinds.forEach((kind, i) => {
      const station = stations[i % stations.length];
      const fromQiannan = policy === "shaoguan" && i < 2 ? qiannanWorkers[i] : undefined;
      const hometown = rng.pick(HOMETOWNS[policy]);
      const holder =
        fromQiannan ??
        planner.person({
          region: hometown.region,
          birthDate: dateBetween({ from: "1968-01-01", to: "2003-12-31", next: rng.next }),
          sex: rng.chance(0.55) ? "MALE" : "FEMALE",
        });
      const latest = kind === "expired" ? "2023-06-30" : kind === "valid-late" ? "2023-12-31" : "2025-09-30";
      const issuedOn = dateBetween({ from: "2019-01-01", to: latest, next: rng.next });
      // A cancelled one: the holder moved away and handed the permit back.
      const pattern: PermitPattern =
        kind === "cancelled"
          ? { kind, on: dateBetween({ from: addYears(issuedOn, 1), to: addDays(REFERENCE_DATE, -30), next: rng.next }) }
          : { kind };
      permits.issue({ holder, station, issuedOn, pattern });
    });
  }
}
