// What an approved demo case did to the registry, planned as the live decision does it: a settlement
// moves the family into a new household (closing the one they left when it empties), a birth
// registration adds the child, a residence-permit application issues the permit.
import type { Relation } from "@/lib/generated/prisma/client";
import type { EligibilityResponse } from "@/lib/policy";
import { newPerson, type Applicant } from "./application-applicants";
import { addDays } from "./dates";
import type { StationInfo } from "./jurisdictions";
import type { PermitPlanner } from "./permits";
import type { PlannedApplicationMember } from "./plan-types";
import type { RegistryPlanner } from "./registry-planner";
import type { Story } from "./story-types";
import { DECISION_REASONS } from "@/lib/registry/reasons";

export interface ApprovedCase {
  story: Story;
  number: string;
  applicant: Applicant;
  members: PlannedApplicationMember[];
  snapshot: EligibilityResponse | null;
  station: StationInfo;
  address: string;
  decidedDay: string;
  planner: RegistryPlanner;
  permits: PermitPlanner;
}

export function planApprovalEffects(c: ApprovedCase): void {
  const { story, applicant, station, permits, decidedDay, address } = c;
  if (story.kind === "SETTLEMENT") {
    planSettlement(c);
  } else if (story.kind === "NEWBORN_REGISTRATION" && applicant.home) {
    planBirthRegistration(c);
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

function planSettlement(c: ApprovedCase): void {
  const { story, number, applicant, members, snapshot, station, address, decidedDay, planner } = c;
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
}

function planBirthRegistration(c: ApprovedCase): void {
  const { story, number, applicant, members, station, decidedDay, planner } = c;
  members.forEach((m, i) => {
    const spec = story.members![i];
    if (!spec.newborn) return;
    const child = newPerson({ planner, person: { ...spec, surname: spec.surname }, region: station.region });
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
}
