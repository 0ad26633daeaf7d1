// The people behind the demo cases: each story's applicant and family, planned once (a later story of
// the same applicant reuses them), with the household they live in when they are registered locally.
import type { Relation } from "@/lib/generated/prisma/client";
import { makeAddress } from "./addresses";
import { surnameOf } from "./names";
import { stationByCode, type StationInfo } from "./jurisdictions";
import type { PlannedHousehold, PlannedPerson } from "./plan-types";
import type { Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import type { Origin, Story, StoryMember, StoryPerson } from "./story-types";
import type { ApplicantAccount } from "./users";
import { HISTORY_REASONS } from "@/lib/registry/reasons";

export const MEMBER_RELATION: Record<StoryMember["relation"], Relation> = {
  spouse: "SPOUSE",
  child: "CHILD",
  parent: "PARENT",
  grandparent: "GRANDPARENT",
  grandchild: "GRANDCHILD",
};

const HOME_ORDER: Relation[] = ["HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDPARENT", "OTHER", "GRANDCHILD"];

export interface Applicant {
  person: PlannedPerson;
  members: (PlannedPerson | null)[];
  origin: Origin;
  home: PlannedHousehold | null;
  username: string;
}

export function newPerson(options: { planner: RegistryPlanner; person: StoryPerson; region: string }): PlannedPerson {
  const p = options.person;
  return options.planner.person({
    region: options.region,
    birthDate: p.birthDate,
    sex: p.sex,
    name: p.name,
    surname: p.surname,
    ethnicity: p.ethnicity,
    formerNameChance: 0,
  });
}

// The applicant, then a spouse, then the others: children take the father's surname, a father the
// applicant's, unless the story names them.
function newFamily(o: { planner: RegistryPlanner; story: Story; region: string }) {
  const { planner } = o;
  const specs = o.story.members ?? [];
  const person = newPerson({ planner, person: o.story.applicant, region: o.region });
  const members: (PlannedPerson | null)[] = specs.map(() => null);
  let father = o.story.applicant.sex === "MALE" ? person : null;
  specs.forEach((m, i) => {
    if (m.relation !== "spouse") return;
    members[i] = newPerson({ planner, person: m, region: o.region });
    if (m.sex === "MALE") father = members[i];
  });
  specs.forEach((m, i) => {
    if (members[i] || m.newborn) return;
    const inherited =
      m.relation === "child" || m.relation === "grandchild" ? father : m.relation === "parent" && m.sex === "MALE" ? person : null;
    members[i] = newPerson({
      planner,
      person: { ...m, surname: m.surname ?? (inherited ? surnameOf(inherited.name) : undefined) },
      region: o.region,
    });
  });
  return { person, members };
}

/** A family registered at one of the demo stations: their household, everyone in it registered. */
function newLocalFamily(o: {
  planner: RegistryPlanner;
  story: Story;
  origin: Extract<Origin, { type: "local" }>;
  stations: StationInfo[];
  rng: Rng;
}): { person: PlannedPerson; members: (PlannedPerson | null)[]; home: PlannedHousehold } {
  const { planner, story, origin } = o;
  const station = stationByCode({ stations: o.stations, code: origin.home.station });
  const home = planner.household({
    stationCode: station.code,
    stationOrdinal: station.ordinal,
    region: station.region,
    type: "FAMILY",
    area: origin.home.area,
    address: origin.home.address ?? makeAddress({ rng: o.rng, station, rural: origin.home.area === "RURAL" }),
  });
  const { person, members } = newFamily({ planner, story, region: station.region });
  const residents: { person: PlannedPerson; relation: Relation }[] = [
    ...(origin.home.others ?? []).map((other) => ({
      person: newPerson({ planner, person: other, region: station.region }),
      relation: other.relation,
    })),
    { person, relation: origin.relation },
    ...(story.members ?? []).flatMap((m, i) =>
      members[i] ? [{ person: members[i]!, relation: m.homeRelation ?? MEMBER_RELATION[m.relation] }] : [],
    ),
  ];
  residents.sort((a, b) => HOME_ORDER.indexOf(a.relation) - HOME_ORDER.indexOf(b.relation));
  for (const r of residents) {
    const born = r.person.birthDate > origin.home.since;
    planner.register({
      household: home,
      person: r.person,
      relation: r.relation,
      validFrom: born ? r.person.birthDate : origin.home.since,
      reason: born ? HISTORY_REASONS.birth : r.relation === "HEAD" ? HISTORY_REASONS.founded : null,
    });
  }
  return { person, members, home };
}

/** Resolves each story's applicant, in story order; `applicants` lists the accounts to create. */
export function applicantPlanner(options: { planner: RegistryPlanner; stations: StationInfo[]; rng: Rng }) {
  const { planner } = options;
  const byKey = new Map<string, Applicant>();
  const applicants: ApplicantAccount[] = [];
  let nextApplicantNo = 0;

  const resolveApplicant = (story: Story): Applicant => {
    if (story.sameApplicantAs) {
      const earlier = byKey.get(story.sameApplicantAs);
      if (!earlier) throw new Error(`story ${story.key} refers to unknown ${story.sameApplicantAs}`);
      return { ...earlier, members: (story.members ?? []).map(() => null) };
    }
    const origin = story.origin;
    const username = story.username ?? `applicant-${String((nextApplicantNo += 1)).padStart(2, "0")}`;
    let applicant: Applicant;
    if (origin.type !== "local") {
      const { person, members } = newFamily({ planner, story, region: origin.region });
      applicant = { person, members, origin, home: null, username };
    } else {
      const { person, members, home } = newLocalFamily({ planner, story, origin, stations: options.stations, rng: options.rng });
      applicant = { person, members, origin, home, username };
    }
    byKey.set(story.key, applicant);
    applicants.push({ username, displayName: applicant.person.name, citizenId: applicant.person.citizenId });
    return applicant;
  };
  return { resolveApplicant, applicants };
}
