// The registry part of a demo plan: jurisdiction units, persons, households with their memberships.
import type { DemoPlan } from "./plan-types";
import { toDate } from "./dates";
import { partition, Ids, type WriteContext } from "./write-context";

// A planned row holds its table's columns, with codes where the table holds ids: each write spreads the
// row and turns those into ids (and day strings into dates).

export async function writeUnits(ctx: WriteContext): Promise<void> {
  const { tx, plan, created, jurisdictions } = ctx;
  const newUnits = partition({
    rows: plan.jurisdictions,
    keyOf: (r) => r.code,
    stored: (
      await tx.jurisdiction.findMany({ where: { code: { in: plan.jurisdictions.map((r) => r.code) } }, select: { id: true, code: true } })
    ).map((r) => ({ id: r.id, key: r.code })),
    ids: jurisdictions,
  });
  // One statement: PostgreSQL checks the parent references at its end, parents come first anyway.
  created.jurisdiction = (
    await tx.jurisdiction.createMany({
      data: newUnits.map(({ parentCode, ...unit }) => ({ ...unit, parentId: jurisdictions.maybe(parentCode) })),
      skipDuplicates: true,
    })
  ).count;
}

export async function writePersons(ctx: WriteContext): Promise<void> {
  const { tx, plan, created, persons } = ctx;
  const newPersons = partition({
    rows: plan.persons,
    keyOf: (r) => r.citizenId,
    stored: (
      await tx.person.findMany({
        where: { citizenId: { in: plan.persons.map((r) => r.citizenId) } },
        select: { id: true, citizenId: true },
      })
    ).map((r) => ({ id: r.id, key: r.citizenId })),
    ids: persons,
  });
  created.person = (
    await tx.person.createMany({
      data: newPersons.map(({ birthDate, deceasedOn, ...person }) => ({
        ...person,
        birthDate: toDate(birthDate),
        deceasedOn: deceasedOn ? toDate(deceasedOn) : null,
      })),
      skipDuplicates: true,
    })
  ).count;
}

/** Writes the households not yet stored, with their memberships; returns them (the new ones). */
export async function writeHouseholds(ctx: WriteContext): Promise<DemoPlan["households"]> {
  const { tx, plan, created, jurisdictions, persons } = ctx;
  const newHouseholds = partition({
    rows: plan.households,
    keyOf: (r) => r.householdNumber,
    stored: (
      await tx.household.findMany({
        where: { householdNumber: { in: plan.households.map((r) => r.householdNumber) } },
        select: { id: true, householdNumber: true },
      })
    ).map((r) => ({ id: r.id, key: r.householdNumber })),
    ids: new Ids("household"),
  });
  created.household = (
    await tx.household.createMany({
      data: newHouseholds.map(({ memberships: _memberships, stationCode, closedOn, ...household }) => ({
        ...household,
        stationId: jurisdictions.get(stationCode),
        closedOn: closedOn ? toDate(closedOn) : null,
      })),
      skipDuplicates: true,
    })
  ).count;
  created.membership = (
    await tx.membership.createMany({
      data: newHouseholds.flatMap((h) =>
        h.memberships.map((m) => {
          const personId = persons.get(m.citizenId);
          return {
            id: m.id,
            personId,
            householdId: h.id,
            relation: m.relation,
            validFrom: toDate(m.validFrom),
            validTo: m.validTo ? toDate(m.validTo) : null,
            activePersonId: m.validTo ? null : personId,
            reason: m.reason,
          };
        }),
      ),
      // A person registered meanwhile elsewhere keeps that registration (the unique activePersonId).
      skipDuplicates: true,
    })
  ).count;
  return newHouseholds;
}
