// Turns the demo stories into applications (facts, the engine's answer, members, documents, case
// events) and applies what their decisions did to the registry: approved settlements move people into
// new households (closing the rural household a family left), an approved birth registration adds the
// child, an approved residence-permit application issues the permit.
import type { ApplicationKind, Relation } from "@/lib/generated/prisma/client";
import { answerEligibility, needsEligibilityConditions, type EligibilityResponse, type RegistrationKind } from "@/lib/policy";
import { makeAddress } from "./addresses";
import { makeName, surnameOf } from "./names";
import { caseDocuments, caseEvents, decide, moment } from "./case-history";
import { addDays, chinaDay } from "./dates";
import { seedId } from "./ids";
import { stationByCode, type StationInfo } from "./jurisdictions";
import type { PlannedApplication, PlannedApplicationMember, PlannedHousehold, PlannedPerson } from "./plan-types";
import type { PermitPlanner } from "./permits";
import type { Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import type { Origin, Story, StoryMember, StoryPerson } from "./story-types";
import { caseClock, pauseLength, type HolidayCalendar } from "@/lib/clock";
import { clerkUsername, type ApplicantAccount } from "./users";
import { DECISION_REASONS, HISTORY_REASONS } from "@/lib/registry/reasons";

const REGISTRATION_KIND: Partial<Record<ApplicationKind, RegistrationKind>> = {
  SETTLEMENT: "settlement",
  RESIDENCE_PERMIT: "residence_permit",
  NEWBORN_REGISTRATION: "newborn",
  NO_HUKOU_REGISTRATION: "no_hukou",
  // PERMIT_ENDORSEMENT renews a permit already issued: there is no eligibility question to answer.
};

const MEMBER_RELATION: Record<StoryMember["relation"], Relation> = {
  spouse: "SPOUSE",
  child: "CHILD",
  parent: "PARENT",
  grandparent: "GRANDPARENT",
  grandchild: "GRANDCHILD",
};

const HOME_ORDER: Relation[] = ["HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDPARENT", "OTHER", "GRANDCHILD"];

interface Applicant {
  person: PlannedPerson;
  members: (PlannedPerson | null)[];
  origin: Origin;
  home: PlannedHousehold | null;
  username: string;
}

/** Numbers SQ-<year>-<running number>, in order of creation within each year. */
function numberStories(stories: Story[]): Map<string, string> {
  const sorted = [...stories].sort((a, b) => moment(a.timeline.created).getTime() - moment(b.timeline.created).getTime());
  const perYear = new Map<string, number>();
  const numbers = new Map<string, string>();
  for (const story of sorted) {
    const year = chinaDay(moment(story.timeline.created)).slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    numbers.set(story.key, `SQ-${year}-${String(seq).padStart(6, "0")}`);
  }
  return numbers;
}

function hukouFacts(options: { origin: Origin; stations: StationInfo[] }): Record<string, unknown> | null {
  const { origin } = options;
  if (origin.type === "none") return null;
  if (origin.type === "elsewhere") return { jurisdiction: "elsewhere", area: origin.area, formerNature: origin.formerNature };
  const station = stationByCode({ stations: options.stations, code: origin.home.station });
  return { jurisdiction: station.policy, area: origin.home.area.toLowerCase(), formerNature: origin.home.formerNature ?? null };
}

function buildFacts(options: { story: Story; applicant: Applicant; asOf: string; stations: StationInfo[] }): Record<string, unknown> {
  const { story, applicant } = options;
  const f = story.facts;
  return {
    jurisdiction: story.policy,
    area: story.area.toLowerCase(),
    kind: story.kind === "RESIDENCE_PERMIT" || story.kind === "PERMIT_ENDORSEMENT" ? "residence_permit" : "settlement",
    asOf: options.asOf,
    applicant: {
      birthDate: applicant.person.birthDate,
      hukou: hukouFacts({ origin: applicant.origin, stations: options.stations }),
      residence: { type: "none", months: 0, ownDoorNumber: false, ...f.residence },
      employment: { type: "none", months: 0, newPublicSectorHire: false, ...f.employment },
      stableIncome: f.stableIncome ?? false,
      socialInsurance: f.socialInsurance ?? { urbanMonths: 0, medical: false },
      education: { level: "none", returnedFromAbroad: false, admittedLocally: false, ...f.education },
      technicalWorker: f.technicalWorker ?? false,
      talent: { introduced: false, outstandingContribution: false, marketRecognised: false, ...f.talent },
      investor: f.investor ?? false,
      relocatedPoverty: f.relocatedPoverty ?? false,
      joining: f.joining ?? null,
      studying: f.studying ?? false,
    },
    members: (story.members ?? []).map((m) => ({
      relation: m.relation,
      birthDate: m.birthDate,
      coResident: m.coResident ?? true,
      married: m.married ?? false,
      hasIncome: m.hasIncome ?? false,
      urbanInsuranceMonths: m.urbanInsuranceMonths ?? 0,
    })),
  };
}

function evaluate(options: { story: Story; facts: Record<string, unknown>; asOf: string }): EligibilityResponse | null {
  const kind = REGISTRATION_KIND[options.story.kind];
  if (options.story.status === "DRAFT" || !kind || !needsEligibilityConditions({ kind })) return null;
  const answer = answerEligibility({ body: options.facts, today: options.asOf });
  if (answer.status !== 200) {
    throw new Error(`demo case ${options.story.key} has invalid facts: ${JSON.stringify(answer.json)}`);
  }
  return answer.json;
}

export function planApplications(options: {
  stories: Story[];
  planner: RegistryPlanner;
  permits: PermitPlanner;
  stations: StationInfo[];
  rng: Rng;
  warn: (message: string) => void;
  calendar: HolidayCalendar;
}): { applications: PlannedApplication[]; applicants: ApplicantAccount[] } {
  const { planner, permits, stations, rng } = options;
  const numbers = numberStories(options.stories);
  const byKey = new Map<string, Applicant>();
  const applicants: ApplicantAccount[] = [];
  const applications: PlannedApplication[] = [];
  let nextApplicantNo = 0;

  const newPerson = (p: StoryPerson, region: string) =>
    planner.person({
      region,
      birthDate: p.birthDate,
      sex: p.sex,
      name: p.name,
      surname: p.surname,
      ethnicity: p.ethnicity,
      formerNameChance: 0,
    });

  // The applicant, then a spouse, then the others: children take the father's surname, a father the
  // applicant's, unless the story names them.
  const newFamily = (o: { story: Story; region: string }) => {
    const specs = o.story.members ?? [];
    const person = newPerson(o.story.applicant, o.region);
    const members: (PlannedPerson | null)[] = specs.map(() => null);
    let father = o.story.applicant.sex === "MALE" ? person : null;
    specs.forEach((m, i) => {
      if (m.relation !== "spouse") return;
      members[i] = newPerson(m, o.region);
      if (m.sex === "MALE") father = members[i];
    });
    specs.forEach((m, i) => {
      if (members[i] || m.newborn) return;
      const inherited =
        m.relation === "child" || m.relation === "grandchild" ? father : m.relation === "parent" && m.sex === "MALE" ? person : null;
      members[i] = newPerson({ ...m, surname: m.surname ?? (inherited ? surnameOf(inherited.name) : undefined) }, o.region);
    });
    return { person, members };
  };

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
      const { person, members } = newFamily({ story, region: origin.region });
      applicant = { person, members, origin, home: null, username };
    } else {
      const station = stationByCode({ stations, code: origin.home.station });
      const home = planner.household({
        stationCode: station.code,
        stationOrdinal: station.ordinal,
        region: station.region,
        type: "FAMILY",
        area: origin.home.area,
        address: origin.home.address ?? makeAddress({ rng, station, rural: origin.home.area === "RURAL" }),
      });
      const { person, members } = newFamily({ story, region: station.region });
      const residents: { person: PlannedPerson; relation: Relation }[] = [
        ...(origin.home.others ?? []).map((o) => ({ person: newPerson(o, station.region), relation: o.relation })),
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
      applicant = { person, members, origin, home, username };
    }
    byKey.set(story.key, applicant);
    applicants.push({ username, displayName: applicant.person.name, citizenId: applicant.person.citizenId });
    return applicant;
  };

  for (const story of options.stories) {
    const number = numbers.get(story.key)!;
    const station = stationByCode({ stations, code: story.station });
    if (station.policy !== story.policy) throw new Error(`story ${story.key}: station ${station.code} is not in ${story.policy}`);
    const applicant = resolveApplicant(story);
    const t = story.timeline;
    const asOf = chinaDay(moment(t.submitted ?? t.created));
    const facts = buildFacts({ story, applicant, asOf, stations });
    const snapshot = evaluate({ story, facts, asOf });
    const decision = decide({ story, snapshot, warn: options.warn });
    const clerk = clerkUsername({ stationCode: station.code });
    const events = caseEvents({ story, number, applicantUsername: applicant.username, clerkUsername: clerk, decision });
    const address = story.address ?? makeAddress({ rng, station, rural: story.area === "RURAL" });
    const decidedDay = t.decided ? chinaDay(moment(t.decided)) : null;

    const members: PlannedApplicationMember[] = (story.members ?? []).map((m, i) => {
      const person = applicant.members[i];
      return {
        id: seedId({ table: "ApplicationMember", key: `${number}:${i}` }),
        position: i,
        relation: MEMBER_RELATION[m.relation],
        citizenId: person?.citizenId ?? null,
        personCitizenId: person?.citizenId ?? null,
        // A newborn awaiting registration carries the name the parents chose, and no number yet.
        sex: m.sex,
        name: person?.name ?? makeName({ rng, sex: m.sex, birthDate: m.birthDate, ethnicity: m.ethnicity ?? "汉族", surname: m.surname }),
        birthDate: m.birthDate,
        facts: (facts.members as Record<string, unknown>[])[i],
      };
    });

    if (story.status === "APPROVED" && decidedDay) {
      if (story.kind === "SETTLEMENT") {
        const movers = [
          { person: applicant.person, relation: "HEAD" as Relation },
          ...members.flatMap((m, i) =>
            snapshot?.members[i]?.eligible && applicant.members[i] ? [{ person: applicant.members[i]!, relation: m.relation }] : [],
          ),
        ];
        const target = planner.household({
          stationCode: station.code,
          stationOrdinal: station.ordinal,
          region: station.region,
          type: "FAMILY",
          area: story.area,
          address,
        });
        for (const mover of movers) {
          if (planner.activeMembership({ person: mover.person })) {
            planner.deregister({
              person: mover.person,
              on: decidedDay,
              reason: DECISION_REASONS.settlementLeave({ stationName: station.name, number }),
            });
          }
          planner.register({
            household: target,
            person: mover.person,
            relation: mover.relation,
            validFrom: decidedDay,
            reason: DECISION_REASONS.settlementJoin({ number }),
            applicationNumber: number,
          });
        }
        const home = applicant.home;
        if (home && home.memberships.every((m) => m.validTo !== null)) home.closedOn = decidedDay;
      } else if (story.kind === "NEWBORN_REGISTRATION" && applicant.home) {
        members.forEach((m, i) => {
          const spec = story.members![i];
          if (!spec.newborn) return;
          const child = newPerson({ ...spec, surname: spec.surname }, station.region);
          planner.register({
            household: applicant.home!,
            person: child,
            relation: "CHILD",
            validFrom: decidedDay,
            reason: DECISION_REASONS.newbornJoin({ number }),
            applicationNumber: number,
          });
          Object.assign(m, { citizenId: child.citizenId, personCitizenId: child.citizenId, name: child.name });
        });
      } else if (story.kind === "RESIDENCE_PERMIT" && story.permit) {
        permits.issue({
          holder: applicant.person,
          station,
          issuedOn: decidedDay,
          pattern: story.permit.pattern,
          endorseBefore: story.permit.endorseBefore,
          address,
        });
      }
      if (story.priorPermit) {
        const cancelledOn = addDays(decidedDay, 3);
        permits.issue({
          holder: applicant.person,
          station,
          issuedOn: story.priorPermit.issuedOn,
          pattern: { kind: "cancelled", on: cancelledOn },
          address,
        });
      }
    }

    const submittedAt = t.submitted ? moment(t.submitted) : null;
    // The legal clock as lib/clock keeps it (decision record 0010): started at submission, paused
    // from a 补正 request to its answer, dueAt the deadline as of the last change of the clock.
    const pausedAt = t.materials && !t.materials.back ? moment(t.materials.at) : null;
    const pausedWorkingDays = t.materials?.back
      ? pauseLength({ pausedAt: moment(t.materials.at), now: moment(t.materials.back), calendar: options.calendar })
      : 0;
    const clockInput = {
      kind: story.kind,
      status: story.status,
      clockStartedAt: submittedAt,
      clockPausedAt: pausedAt,
      pausedWorkingDays,
      decidedAt: t.decided ? moment(t.decided) : null,
    };
    // A paused case keeps the deadline it had when the pause began.
    const dueAt = submittedAt
      ? caseClock({ input: clockInput, calendar: options.calendar, now: pausedAt ?? clockInput.decidedAt ?? submittedAt }).deadline
      : null;
    const last = events[events.length - 1];
    const assigned = t.taken !== undefined;
    applications.push({
      id: seedId({ table: "Application", key: number }),
      number,
      kind: story.kind,
      status: story.status,
      targetJurisdictionCode: story.policy,
      targetArea: story.area,
      stationCode: station.code,
      applicantUsername: applicant.username,
      applicantCitizenId: applicant.person.citizenId,
      facts,
      // A plain JSON copy: the stored snapshot must not share objects with the engine's frozen data.
      decisionSnapshot: snapshot ? (JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>) : null,
      policyId: snapshot?.policy?.id ?? null,
      // The engine has no version field; a policy is versioned by its document number, or by the
      // date it took effect where the document has no number.
      policyVersion: snapshot?.policy ? (snapshot.policy.documentNumber ?? snapshot.policy.effectiveFrom) : null,
      assigneeUsername: assigned ? clerk : null,
      submittedAt,
      dueAt,
      clockStartedAt: submittedAt,
      clockPausedAt: story.status === "NEEDS_MATERIALS" ? pausedAt : null,
      pausedWorkingDays,
      decidedAt: t.decided ? moment(t.decided) : null,
      decisionReason: decision?.reason ?? null,
      decisionClause: decision?.clause ?? null,
      decisionPathwayId: decision?.pathwayId ?? null,
      createdAt: moment(t.created),
      updatedAt: last.createdAt,
      // Optimistic locking: one increment per change after creation.
      version: events.length,
      members,
      documents: caseDocuments({ story, number, applicantUsername: applicant.username, rng }),
      events,
    });
  }
  return { applications, applicants };
}
