// The resident population: family and collective households at every demo station, with some history
// (spouses who moved in on marriage, deaths deregistered). Families have consistent ages: parents are
// 21–38 years older than their children, grandparents older still.
import type { Relation, Sex } from "@/lib/generated/prisma/client";
import { isRuralHousehold, makeAddress } from "./addresses";
import { addDays, addYears, ageOn, dateBetween, REFERENCE_DATE } from "./dates";
import type { StationInfo } from "./jurisdictions";
import { isMongolian, pickSurname } from "./names";
import type { PlannedHousehold, PlannedPerson } from "./plan-types";
import type { Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import { STATION_PROFILES } from "./station-profiles";
import { planDeaths, planMarriageMoves } from "./population-history";
import { HISTORY_REASONS } from "@/lib/registry/reasons";

const LATEST_BIRTH = addDays(REFERENCE_DATE, -60);

function birthDateAged(options: { rng: Rng; age: number }): string {
  const year = Number(REFERENCE_DATE.slice(0, 4)) - options.age - 1;
  // Born within the year before the age is reached on the reference date.
  const from = `${year}-${REFERENCE_DATE.slice(5)}`;
  return dateBetween({ from: addDays(from, 1), to: addYears(from, 1), next: options.rng.next });
}

function opposite(sex: Sex): Sex {
  return sex === "MALE" ? "FEMALE" : "MALE";
}

interface Member {
  person: PlannedPerson;
  relation: Relation;
  validFrom: string;
  reason: string | null;
}

/** The household being planned and its head: what the other members are drawn from. */
interface Family {
  planner: RegistryPlanner;
  rng: Rng;
  station: StationInfo;
  ethnicity: () => string;
  members: Member[];
  head: PlannedPerson;
  headAge: number;
  headSex: Sex;
  headEthnicity: string;
  headBirth: string;
  familySurname: string;
  /** The day the household was set up (立户). */
  since: string;
}

/** One family household at a station: a head, often a spouse, children, sometimes parents or a grandchild. */
export function planFamily(options: { planner: RegistryPlanner; rng: Rng; station: StationInfo }): PlannedHousehold {
  const { planner, rng, station } = options;
  const profile = STATION_PROFILES[station.code];
  const rural = isRuralHousehold({ rng, station });
  const household = planner.household({
    stationCode: station.code,
    stationOrdinal: station.ordinal,
    region: station.region,
    type: "FAMILY",
    area: rural ? "RURAL" : station.area,
    address: makeAddress({ rng, station, rural }),
  });
  const family = planHead({ planner, rng, station, ethnicity: () => rng.weighted(profile.ethnicMix) });
  const parents = planSpouse(family);
  planChildren({ family, ...parents });
  planElders(family);

  for (const m of family.members.slice(0, 5)) {
    planner.register({ household, person: m.person, relation: m.relation, validFrom: m.validFrom, reason: m.reason });
  }
  return household;
}

function planHead(options: Pick<Family, "planner" | "rng" | "station" | "ethnicity">): Family {
  const { planner, rng, station } = options;
  const members: Member[] = [];
  const headAge = rng.int(24, 74);
  const headSex: Sex = rng.chance(0.75) ? "MALE" : "FEMALE";
  const headEthnicity = options.ethnicity();
  const headBirth = birthDateAged({ rng, age: headAge });
  const familySurname = pickSurname({ rng, ethnicity: headEthnicity });
  const head = planner.person({
    region: station.region,
    birthDate: headBirth,
    sex: headSex,
    ethnicity: headEthnicity,
    surname: headSex === "MALE" ? familySurname : undefined,
  });
  // The household was set up (立户) when the head was a young adult.
  const since = addYears(headBirth, rng.int(20, Math.min(28, headAge)));
  members.push({ person: head, relation: "HEAD", validFrom: since, reason: HISTORY_REASONS.founded });
  return { ...options, members, head, headAge, headSex, headEthnicity, headBirth, familySurname, since };
}

/** Perhaps a spouse; says who the children's mother is and whose surname and ethnicity they take. */
function planSpouse(family: Family): { married: boolean; mother: PlannedPerson | null; fatherSurname: string; fatherEthnicity: string } {
  const { planner, rng, station, ethnicity, members, head, headAge, headSex, headEthnicity, headBirth, familySurname, since } = family;
  let mother: PlannedPerson | null = headSex === "FEMALE" ? head : null;
  const fatherSurname = headSex === "MALE" ? familySurname : pickSurname({ rng, ethnicity: headEthnicity });
  let fatherEthnicity = headEthnicity;
  const married = rng.chance(headAge < 30 ? 0.55 : 0.88);
  if (married) {
    const spouseAge = Math.max(21, headAge + rng.int(-4, 3));
    const spouseEthnicity = rng.chance(0.8) ? headEthnicity : ethnicity();
    const spouseBirth = birthDateAged({ rng, age: spouseAge });
    const fromElsewhere = rng.chance(0.25);
    const spouse = planner.person({
      region: station.region,
      birthDate: spouseBirth,
      sex: opposite(headSex),
      ethnicity: spouseEthnicity,
      surname: headSex === "FEMALE" ? fatherSurname : undefined,
    });
    if (headSex === "FEMALE") {
      fatherEthnicity = spouseEthnicity;
    } else {
      mother = spouse;
    }
    const wedding = addYears(spouseBirth > headBirth ? spouseBirth : headBirth, rng.int(22, 27));
    const validFrom = wedding > since ? wedding : since;
    members.push({ person: spouse, relation: "SPOUSE", validFrom, reason: fromElsewhere ? HISTORY_REASONS.marriageIn : null });
  }
  return { married, mother, fatherSurname, fatherEthnicity };
}

function planChildren(options: {
  family: Family;
  married: boolean;
  mother: PlannedPerson | null;
  fatherSurname: string;
  fatherEthnicity: string;
}): void {
  const { married, mother, fatherSurname, fatherEthnicity } = options;
  const { planner, rng, station, members, headEthnicity, headBirth, since } = options.family;
  const parentBase = mother ? mother.birthDate : headBirth;
  const childCount = married
    ? rng.weighted([
        [0, 0.12],
        [1, 0.45],
        [2, 0.36],
        [3, 0.07],
      ] as const)
    : rng.chance(0.15)
      ? 1
      : 0;
  for (let i = 0; i < childCount; i++) {
    const birth = addDays(addYears(parentBase, rng.int(21, 38)), rng.int(0, 364));
    // Grown children over 28 usually have their own household by now.
    if (birth > LATEST_BIRTH || ageOn(birth, REFERENCE_DATE) > 28) continue;
    const sex: Sex = rng.chance(0.52) ? "MALE" : "FEMALE";
    const child = planner.person({
      region: station.region,
      birthDate: birth,
      sex,
      ethnicity: isMongolian(fatherEthnicity) || rng.chance(0.8) ? fatherEthnicity : headEthnicity,
      surname: fatherSurname,
    });
    members.push({
      person: child,
      relation: "CHILD",
      validFrom: birth > since ? birth : since,
      reason: birth > since ? HISTORY_REASONS.birth : null,
    });
  }
}

/** Under 52: sometimes the head's parents moved in; from 58: sometimes a grandchild lives with them. */
function planElders(family: Family): void {
  const { planner, rng, station, members, headAge, headSex, headEthnicity, familySurname, since } = family;
  if (headAge < 52 && rng.chance(0.3)) {
    const parentCount = rng.chance(0.5) ? 2 : 1;
    const fatherAge = Math.min(93, headAge + rng.int(24, 32));
    for (let i = 0; i < parentCount; i++) {
      const sex: Sex = parentCount === 2 ? (i === 0 ? "MALE" : "FEMALE") : rng.chance(0.6) ? "FEMALE" : "MALE";
      const age = sex === "MALE" ? fatherAge : Math.min(93, fatherAge + rng.int(-4, 1));
      const parent = planner.person({
        region: station.region,
        birthDate: birthDateAged({ rng, age }),
        sex,
        ethnicity: headEthnicity,
        surname: sex === "MALE" && headSex === "MALE" ? familySurname : undefined,
      });
      members.push({ person: parent, relation: "PARENT", validFrom: since, reason: HISTORY_REASONS.withChildIn });
    }
  } else if (headAge >= 58 && rng.chance(0.3)) {
    const birth = birthDateAged({ rng, age: rng.int(2, 12) });
    const grandchild = planner.person({
      region: station.region,
      birthDate: birth,
      sex: rng.chance(0.5) ? "MALE" : "FEMALE",
      ethnicity: headEthnicity,
      surname: familySurname,
    });
    members.push({ person: grandchild, relation: "GRANDCHILD", validFrom: birth, reason: HISTORY_REASONS.birth });
  }
}

/** A collective household (unit, community, school, talent market) with 2–5 adults. */
export function planCollective(options: {
  planner: RegistryPlanner;
  rng: Rng;
  station: StationInfo;
  type: PlannedHousehold["type"];
  name: string;
}): PlannedHousehold {
  const { planner, rng, station } = options;
  const profile = STATION_PROFILES[station.code];
  const household = planner.household({
    stationCode: station.code,
    stationOrdinal: station.ordinal,
    region: station.region,
    type: options.type,
    area: station.area,
    address: `${makeAddress({ rng, station, rural: false })}（${options.name}）`,
  });
  const student = options.type === "COLLECTIVE_SCHOOL";
  const count = rng.int(2, 5);
  for (let i = 0; i < count; i++) {
    const age = student ? rng.int(18, 22) : rng.int(22, 45);
    const person = planner.person({
      region: station.region,
      birthDate: birthDateAged({ rng, age }),
      sex: rng.chance(0.5) ? "MALE" : "FEMALE",
      ethnicity: rng.weighted(profile.ethnicMix),
    });
    const validFrom = student
      ? `${Number(REFERENCE_DATE.slice(0, 4)) - rng.int(0, 3)}-09-0${rng.int(1, 9)}`
      : dateBetween({ from: addYears(person.birthDate, 21), to: addDays(REFERENCE_DATE, -30), next: rng.next });
    planner.register({
      household,
      person,
      relation: "OTHER",
      validFrom: validFrom < REFERENCE_DATE ? validFrom : addDays(REFERENCE_DATE, -30),
      reason: student ? HISTORY_REASONS.schoolIn : HISTORY_REASONS.collectiveIn,
    });
  }
  return household;
}

export function planPopulation(options: { planner: RegistryPlanner; rng: Rng; stations: StationInfo[] }) {
  const { planner, rng } = options;
  for (const station of options.stations) {
    const profile = STATION_PROFILES[station.code];
    if (!profile) throw new Error(`no profile for station ${station.code}`);
    for (let i = 0; i < profile.families; i++) planFamily({ planner, rng, station });
    for (const c of profile.collectives ?? []) planCollective({ planner, rng, station, type: c.type, name: c.name });
  }
  planMarriageMoves({ planner, rng, stations: options.stations, count: 10 });
  planDeaths({ planner, rng, count: 3 });
}
