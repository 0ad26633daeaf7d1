// 黔南's portal cases of 2018 and 2019 (docs/decisions/0215): decided settlements in every county, so the
// KPI page and the 附件1 assessment of 2018 have settlements to count — by category (the 黔南 counting
// standard: rural → town is an agricultural-transfer settlement, a town hukou from elsewhere another
// resident's, a town-to-town move inside the county neither), by pathway and clause — and a few refusals.
// The approvals move people in the registry exactly as approve-application.ts does (applications.ts):
// memberships keyed by the case and worded as the portal words them (lib/registry/reasons.ts), opened on
// the decision day, the previous one closed that day.
// 2017 has none: the 黔南 plan is read as in force from 2018-01-01 (lib/policy/packs/qiannan.ts), so the
// engine would answer NO_POLICY_IN_FORCE for an earlier application. Generated from a seeded stream:
// the same stories every run. 2019 cases start after the last earlier demo case of 2019 (20 April), so
// the numbers of the earlier cases stay as they were.
import type { AreaKind } from "@/lib/generated/prisma/client";
import { addDays, dateBetween } from "./dates";
import { stationByCode, type StationInfo } from "./jurisdictions";
import { HOMETOWNS } from "./names";
import type { PermitPattern, PermitPlanner } from "./permits";
import { createRng, type Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import { answers, child, elsewhere, spouse, storyTable } from "./story-builder";
import type { Origin, Story, StoryMember } from "./story-types";

interface CountyStations {
  county: string;
  station: string;
  home: string;
  area: AreaKind;
}

/** A town county whose one station takes both its cases and its rural homes. */
const townStation = (county: string, station: string): CountyStations => ({ county, station, home: station, area: "TOWN" });

/** The 黔南 stations each county's cases go to (urban ones), and a station of the county for rural homes. */
export const QIANNAN_COUNTY_STATIONS: CountyStations[] = [
  { county: "qiannan-duyun", station: "qiannan-duyun-guanghui-ps", home: "qiannan-duyun-wenfeng-ps", area: "CENTRAL_URBAN" },
  townStation("qiannan-fuquan", "qiannan-fuquan-jinshan-ps"),
  { county: "qiannan-libo", station: "qiannan-libo-yuping-ps", home: "qiannan-libo-yaoshan-ps", area: "TOWN" },
  townStation("qiannan-guiding", "qiannan-guiding-chengguan-ps"),
  townStation("qiannan-wengan", "qiannan-wengan-yongyang-ps"),
  townStation("qiannan-dushan", "qiannan-dushan-baiquan-ps"),
  townStation("qiannan-pingtang", "qiannan-pingtang-pinghu-ps"),
  townStation("qiannan-luodian", "qiannan-luodian-longping-ps"),
  townStation("qiannan-changshun", "qiannan-changshun-changzhai-ps"),
  townStation("qiannan-longli", "qiannan-longli-longshan-ps"),
  townStation("qiannan-huishui", "qiannan-huishui-heping-ps"),
  townStation("qiannan-sandu", "qiannan-sandu-sanhe-ps"),
];

type Kind =
  "rural-local" | "rural-elsewhere" | "town-elsewhere" | "town-other-county" | "town-same-county" | "relocation" | "new-staff" | "refused";

/** The mix of one county's year: mostly agricultural transfers, some other residents, one of each rarer case. */
const YEAR_2018: Kind[] = [
  "rural-local",
  "rural-elsewhere",
  "town-elsewhere",
  "relocation",
  "rural-local",
  "town-other-county",
  "new-staff",
  "refused",
];
const YEAR_2019: Kind[] = ["rural-local", "town-elsewhere", "relocation", "town-same-county", "rural-elsewhere"];

const ELSEWHERE_RURAL = ["520521", "520523", "522601", "520422"] as const;
const ELSEWHERE_TOWN = ["520102", "451221", "520302"] as const;

const WORK = answers(["rented", 18], ["employee", 20], { stableIncome: true, insured: 12 });
const DOCS_WORK = ["id_card", "household_register", "residence_proof", "employment_proof"];

/** "YYYY-MM-DD HH:mm" from a day and a time. */
const at = (day: string, hhmm: string) => `${day} ${hhmm}`;

function person(rng: Rng, from: string, to: string) {
  return { sex: rng.chance(0.55) ? ("MALE" as const) : ("FEMALE" as const), birthDate: dateBetween({ from, to, next: rng.next }) };
}

function family(rng: Rng, applicant: { sex: "MALE" | "FEMALE"; birthDate: string }, withChild: boolean): StoryMember[] {
  const members: StoryMember[] = [];
  if (rng.chance(0.7))
    members.push(
      spouse(applicant.sex === "MALE" ? "FEMALE" : "MALE", addDays(applicant.birthDate, rng.int(-900, 900)), { homeRelation: "SPOUSE" }),
    );
  if (withChild && members.length > 0) {
    const sex = rng.chance(0.5) ? "MALE" : "FEMALE";
    members.push(child(sex, dateBetween({ from: "2008-01-01", to: "2016-12-31", next: rng.next }), { homeRelation: "CHILD" }));
  }
  return members;
}

const localHome = (station: string, area: AreaKind): Origin => ({
  type: "local",
  relation: "HEAD",
  home: { station, area, since: "2009-03-01", formerNature: area === "RURAL" ? "agricultural" : "non_agricultural" },
});

interface HistoryStoryOptions {
  rng: Rng;
  kind: Kind;
  county: (typeof QIANNAN_COUNTY_STATIONS)[number];
  other: (typeof QIANNAN_COUNTY_STATIONS)[number];
  day: string;
  key: string;
}

/** What every history case shares: an approved settlement, submitted the day after it was started. */
function storyBase(options: HistoryStoryOptions) {
  const { rng, county, day } = options;
  const applicant = person(rng, "1975-01-01", "1997-12-31");
  const decided = addDays(day, rng.int(9, 18));
  return {
    key: options.key,
    kind: "SETTLEMENT" as const,
    status: "APPROVED" as const,
    policy: "qiannan" as const,
    area: county.area,
    station: county.station,
    applicant,
    timeline: {
      created: at(day, "20:00"),
      submitted: at(addDays(day, 1), "09:10"),
      taken: at(addDays(day, 2), "09:30"),
      decided: at(decided, "15:00"),
    },
  };
}

function story(options: HistoryStoryOptions): Story {
  const { rng, kind, county, other } = options;
  const base = storyBase(options);
  const applicant = base.applicant;
  switch (kind) {
    case "rural-local":
      return { ...base, origin: localHome(county.home, "RURAL"), facts: WORK, members: family(rng, applicant, true), documents: DOCS_WORK };
    case "rural-elsewhere":
      return {
        ...base,
        origin: elsewhere(rng.pick(ELSEWHERE_RURAL), "rural"),
        facts: WORK,
        members: family(rng, applicant, false).map((m) => ({ ...m, homeRelation: undefined })),
        documents: DOCS_WORK,
      };
    case "town-elsewhere":
      return {
        ...base,
        origin: elsewhere(rng.pick(ELSEWHERE_TOWN), "town"),
        facts: { ...WORK, employment: { type: "business_owner", months: 26 } },
        documents: ["id_card", "household_register", "residence_proof", "business_licence"],
      };
    case "town-other-county":
      return {
        ...base,
        origin: localHome(other.station, other.area),
        facts: WORK,
        members: family(rng, applicant, true),
        documents: DOCS_WORK,
      };
    case "town-same-county":
      return {
        ...base,
        origin: localHome(county.station, county.area),
        facts: { ...WORK, residence: { type: "owned", months: 9 } },
        documents: DOCS_WORK,
      };
    case "relocation":
      // Not employed: the relocation clause (二(一)2) is then the one met, not the work clause.
      return {
        ...base,
        origin: localHome(county.home, "RURAL"),
        address: undefined,
        facts: answers(["owned", 8], ["none", 0], { relocatedPoverty: true }),
        members: family(rng, applicant, true),
        documents: ["id_card", "household_register", "relocation_certificate"],
      };
    case "new-staff":
      // No dwelling yet (a unit's collective household): only 二(一)3 for new public-sector staff is met.
      return {
        ...base,
        applicant: person(rng, "1992-01-01", "1996-12-31"),
        origin: elsewhere(rng.pick(ELSEWHERE_RURAL), "rural"),
        facts: {
          residence: { type: "none", months: 0 },
          employment: { type: "public_sector", months: 2, newPublicSectorHire: true },
          stableIncome: true,
          education: { level: "bachelor" },
        },
        documents: ["id_card", "employment_notice", "degree_certificate"],
      };
    case "refused":
      return {
        ...base,
        status: "REJECTED",
        origin: elsewhere(rng.pick(ELSEWHERE_RURAL), "rural"),
        facts: answers(["rented", 4], ["none", 0]),
        documents: ["id_card", "residence_proof"],
        advice: "在城镇务工或经商后可再次申请",
      };
  }
}

export function qiannanHistoryStories(): Story[] {
  const rng = createRng({ stream: "qiannan-history" });
  const stories: Story[] = [];
  const years: [number, Kind[], string, string][] = [
    [2018, YEAR_2018, "2018-01-08", "2018-11-20"],
    [2019, YEAR_2019, "2019-05-06", "2019-11-25"],
  ];
  for (const [year, kinds, from, to] of years) {
    QIANNAN_COUNTY_STATIONS.forEach((county, c) => {
      // Smaller counties settle fewer: every county has the first five kinds, the larger ones all.
      const count = Math.max(4, kinds.length - (c % 3));
      for (let i = 0; i < count; i++) {
        const kind = kinds[i]!;
        const other = QIANNAN_COUNTY_STATIONS[(c + 1 + i) % QIANNAN_COUNTY_STATIONS.length]!;
        const day = dateBetween({ from, to, next: rng.next });
        stories.push(story({ rng, kind, county, other, day, key: `qiannan-${year}-${county.county.slice(8)}-${i}` }));
      }
    });
  }
  return stories;
}

/**
 * Residence permits issued in 黔南 in 2017–2019 to migrants from elsewhere (《居住证暂行条例》 applies in
 * 2017 too, the national decree needs no local plan), most endorsed yearly since, some suspended or
 * expired after a missed endorsement: the KPI page's permits issued / endorsed on time / suspended.
 */
export function planQiannanHistoryPermits(options: { planner: RegistryPlanner; permits: PermitPlanner; stations: StationInfo[] }) {
  const rng = createRng({ stream: "qiannan-history-permits" });
  const patterns: PermitPattern["kind"][] = ["valid", "valid", "valid-late", "suspended", "valid", "expired"];
  for (const [c, county] of QIANNAN_COUNTY_STATIONS.entries()) {
    const station = stationByCode({ stations: options.stations, code: county.station });
    for (let year = 2017; year <= 2019; year++) {
      const kind = patterns[(c + year) % patterns.length]!;
      const hometown = rng.pick(HOMETOWNS.qiannan);
      const holder = options.planner.person({
        region: hometown.region,
        birthDate: dateBetween({ from: "1970-01-01", to: "1999-12-31", next: rng.next }),
        sex: rng.chance(0.55) ? "MALE" : "FEMALE",
      });
      const issuedOn = dateBetween({ from: `${year}-02-01`, to: `${year}-11-30`, next: rng.next });
      options.permits.issue({ holder, station, issuedOn, pattern: { kind } as PermitPattern });
    }
  }
}

/**
 * Open 黔南 cases past their legal time limit on the reference date (and ever after): what the 黔南
 * supervisor's overdue figures lead to — one in review at 广惠 (where a second officer can take it over),
 * one waiting to be accepted at 福泉.
 */
export const QIANNAN_OVERDUE_STORIES: Story[] = storyTable(
  { policy: "qiannan", kind: "SETTLEMENT", area: "CENTRAL_URBAN", station: "qiannan-duyun-guanghui-ps" },
  [
    {
      key: "qiannan-overdue-review",
      status: "IN_REVIEW",
      applicant: { sex: "MALE", birthDate: "1988-07-14", surname: "罗", ethnicity: "布依族" },
      origin: {
        type: "local",
        relation: "HEAD",
        home: { station: "qiannan-duyun-wenfeng-ps", area: "RURAL", since: "2012-04-01", formerNature: "agricultural" },
      },
      facts: WORK,
      members: [spouse("FEMALE", "1990-01-23", { ethnicity: "布依族", homeRelation: "SPOUSE" })],
      timeline: { created: "2026-10-11 20:00", submitted: "2026-10-12 09:00", taken: "2026-10-13 09:40" },
      documents: DOCS_WORK,
    },
    {
      key: "qiannan-overdue-waiting",
      status: "SUBMITTED",
      area: "TOWN",
      station: "qiannan-fuquan-jinshan-ps",
      applicant: { sex: "FEMALE", birthDate: "1993-03-08" },
      origin: elsewhere("520523", "rural"),
      facts: WORK,
      timeline: { created: "2026-10-19 20:00", submitted: "2026-10-20 09:30" },
      documents: DOCS_WORK,
    },
  ],
);
