// Builds persons, households and memberships in memory with the registry's invariants already true:
// valid citizen IDs whose birth date and sex match, unique numbers, and at most one active membership
// per person (a second registration must first end the earlier one, as a move does).
import type { AreaKind, HouseholdType, Relation, Sex } from "@/lib/generated/prisma/client";
import { makeCitizenId } from "@/lib/registry/citizen-id";
import { seedId } from "./ids";
import { makeFormerName, makeName, makePhone } from "./names";
import type { Rng } from "./random";
import type { IsoDay, PlannedHousehold, PlannedMembership, PlannedPerson } from "./plan-types";
import { ageOn, REFERENCE_DATE } from "./dates";
import { appendReason } from "@/lib/registry/reasons";

export interface PersonOptions {
  region: string;
  birthDate: IsoDay;
  sex: Sex;
  ethnicity?: string;
  /** A fixed name (demo accounts); otherwise one is drawn. */
  name?: string;
  surname?: string;
  /** Probability of a former name; 0 for none. */
  formerNameChance?: number;
  phone?: string | null;
}

export interface RegistryPlanner {
  person(options: PersonOptions): PlannedPerson;
  household(options: {
    stationCode: string;
    stationOrdinal: number;
    region: string;
    type: HouseholdType;
    area: AreaKind;
    address: string;
  }): PlannedHousehold;
  register(options: {
    household: PlannedHousehold;
    person: PlannedPerson;
    relation: Relation;
    validFrom: IsoDay;
    reason?: string | null;
    applicationNumber?: string | null;
  }): PlannedMembership;
  /** Ends a person's active membership (a move out, a death). */
  deregister(options: { person: PlannedPerson; on: IsoDay; reason: string }): PlannedMembership;
  activeMembership(options: { person: PlannedPerson }): { household: PlannedHousehold; membership: PlannedMembership } | null;
  persons: PlannedPerson[];
  households: PlannedHousehold[];
}

export function createRegistryPlanner(options: { rng: Rng }): RegistryPlanner {
  const { rng } = options;
  const persons: PlannedPerson[] = [];
  const households: PlannedHousehold[] = [];
  const citizenIds = new Set<string>();
  const householdSeq = new Map<string, number>();
  const active = new Map<string, { household: PlannedHousehold; membership: PlannedMembership }>();

  const person = (o: PersonOptions): PlannedPerson => {
    const row = personRow({ rng, taken: citizenIds, o });
    persons.push(row);
    return row;
  };

  const household: RegistryPlanner["household"] = (o) => {
    // 户号: the county's address code, the station's ordinal and a running number.
    const prefix = o.region + String(o.stationOrdinal).padStart(2, "0");
    const seq = (householdSeq.get(prefix) ?? 0) + 1;
    householdSeq.set(prefix, seq);
    const householdNumber = prefix + String(seq).padStart(4, "0");
    const row: PlannedHousehold = {
      id: seedId({ table: "Household", key: householdNumber }),
      householdNumber,
      type: o.type,
      address: o.address,
      area: o.area,
      stationCode: o.stationCode,
      closedOn: null,
      memberships: [],
    };
    households.push(row);
    return row;
  };

  const register: RegistryPlanner["register"] = (o) => {
    if (active.has(o.person.citizenId)) {
      throw new Error(`${o.person.citizenId} already has an active membership; deregister first`);
    }
    if (o.validFrom < o.person.birthDate) throw new Error(`membership before birth for ${o.person.citizenId}`);
    const membership: PlannedMembership = {
      id: seedId({ table: "Membership", key: `${o.household.householdNumber}:${o.person.citizenId}:${o.validFrom}` }),
      citizenId: o.person.citizenId,
      relation: o.relation,
      validFrom: o.validFrom,
      validTo: null,
      reason: o.reason ?? null,
      applicationNumber: o.applicationNumber ?? null,
    };
    o.household.memberships.push(membership);
    active.set(o.person.citizenId, { household: o.household, membership });
    return membership;
  };

  const deregister: RegistryPlanner["deregister"] = (o) => {
    const current = active.get(o.person.citizenId);
    if (!current) throw new Error(`${o.person.citizenId} has no active membership`);
    if (o.on < current.membership.validFrom) throw new Error(`membership of ${o.person.citizenId} would end before it began`);
    current.membership.validTo = o.on;
    current.membership.reason = appendReason(current.membership.reason, o.reason);
    active.delete(o.person.citizenId);
    return current.membership;
  };

  return {
    person,
    household,
    register,
    deregister,
    activeMembership: (o) => active.get(o.person.citizenId) ?? null,
    persons,
    households,
  };
}

/** A new person's row: name, former name and phone drawn as the options allow, a citizen ID not yet `taken`. */
function personRow(options: { rng: Rng; taken: Set<string>; o: PersonOptions }): PlannedPerson {
  const { rng, o } = options;
  const ethnicity = o.ethnicity ?? "汉族";
  const name = o.name ?? makeName({ rng, sex: o.sex, birthDate: o.birthDate, ethnicity, surname: o.surname });
  const adult = ageOn(o.birthDate, REFERENCE_DATE) >= 18;
  const formerNames =
    adult && rng.chance(o.formerNameChance ?? 0.05) ? [makeFormerName({ rng, name, sex: o.sex, birthDate: o.birthDate, ethnicity })] : [];
  const citizenId = newCitizenId({ rng, taken: options.taken, o });
  return {
    id: seedId({ table: "Person", key: citizenId }),
    citizenId,
    name,
    sex: o.sex,
    birthDate: o.birthDate,
    phone: o.phone !== undefined ? o.phone : adult && rng.chance(0.92) ? makePhone({ rng }) : null,
    formerNames,
    ethnicity,
    deceasedOn: null,
  };
}

function newCitizenId(options: { rng: Rng; taken: Set<string>; o: PersonOptions }): string {
  const { o, taken } = options;
  // The sequence digits are drawn; a clash with an earlier number moves to the next free one.
  let sequence = options.rng.int(0, 499) * 2;
  for (;;) {
    const id = makeCitizenId({ region: o.region, birthDate: o.birthDate, sequence, sex: o.sex });
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
    sequence = (sequence + 2) % 1000;
  }
}
