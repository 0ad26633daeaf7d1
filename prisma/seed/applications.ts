// Turns the demo stories into applications (facts, the engine's answer, members, documents, case
// events) and applies what their decisions did to the registry: approved settlements move people into
// new households (closing the rural household a family left), an approved birth registration adds the
// child, an approved residence-permit application issues the permit.
import type { ApplicationKind } from "@/lib/generated/prisma/client";
import { answerEligibility, needsEligibilityConditions, type EligibilityResponse, type RegistrationKind } from "@/lib/policy";
import { makeAddress } from "./addresses";
import { makeName } from "./names";
import { caseDocuments, caseEvents, decide, moment } from "./case-history";
import { chinaDay } from "./dates";
import { seedId } from "./ids";
import { stationByCode, type StationInfo } from "./jurisdictions";
import type { PlannedApplication, PlannedApplicationMember } from "./plan-types";
import type { PermitPlanner } from "./permits";
import type { Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import type { Origin, Story } from "./story-types";
import { caseClock, pauseLength, type HolidayCalendar } from "@/lib/clock";
import { clerkUsername, type ApplicantAccount } from "./users";
import { applicantPlanner, MEMBER_RELATION, type Applicant } from "./application-applicants";
import { planApprovalEffects } from "./application-decisions";

const REGISTRATION_KIND: Partial<Record<ApplicationKind, RegistrationKind>> = {
  SETTLEMENT: "settlement",
  RESIDENCE_PERMIT: "residence_permit",
  NEWBORN_REGISTRATION: "newborn",
  NO_HUKOU_REGISTRATION: "no_hukou",
  // PERMIT_ENDORSEMENT renews a permit already issued: there is no eligibility question to answer.
};

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
  const { resolveApplicant, applicants } = applicantPlanner({ planner, stations, rng });
  const applications: PlannedApplication[] = [];

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
    const members = planMembers({ story, number, applicant, facts, rng });

    if (story.status === "APPROVED" && decidedDay) {
      planApprovalEffects({ story, number, applicant, members, snapshot, station, address, decidedDay, planner, permits });
    }

    const timing = caseTiming({ story, calendar: options.calendar });
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
      submittedAt: timing.submittedAt,
      dueAt: timing.dueAt,
      clockStartedAt: timing.submittedAt,
      clockPausedAt: story.status === "NEEDS_MATERIALS" ? timing.pausedAt : null,
      pausedWorkingDays: timing.pausedWorkingDays,
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

function planMembers(options: {
  story: Story;
  number: string;
  applicant: Applicant;
  facts: Record<string, unknown>;
  rng: Rng;
}): PlannedApplicationMember[] {
  const { story, number, applicant, facts, rng } = options;
  return (story.members ?? []).map((m, i) => {
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
}

// The legal clock as lib/clock keeps it (decision record 0010): started at submission, paused
// from a 补正 request to its answer, dueAt the deadline as of the last change of the clock.
function caseTiming(options: { story: Story; calendar: HolidayCalendar }) {
  const t = options.story.timeline;
  const submittedAt = t.submitted ? moment(t.submitted) : null;
  const pausedAt = t.materials && !t.materials.back ? moment(t.materials.at) : null;
  const pausedWorkingDays = t.materials?.back
    ? pauseLength({ pausedAt: moment(t.materials.at), now: moment(t.materials.back), calendar: options.calendar })
    : 0;
  const clockInput = {
    kind: options.story.kind,
    status: options.story.status,
    clockStartedAt: submittedAt,
    clockPausedAt: pausedAt,
    pausedWorkingDays,
    decidedAt: t.decided ? moment(t.decided) : null,
  };
  // A paused case keeps the deadline it had when the pause began.
  const dueAt = submittedAt
    ? caseClock({ input: clockInput, calendar: options.calendar, now: pausedAt ?? clockInput.decidedAt ?? submittedAt }).deadline
    : null;
  return { submittedAt, pausedAt, pausedWorkingDays, dueAt };
}
