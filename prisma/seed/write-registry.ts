// The registry part of a demo plan: jurisdiction units, persons, households with their memberships.
import type { DemoPlan } from "./plan-types";
import { toDate } from "./dates";
import { partition, Ids, type WriteContext } from "./write-context";

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
      data: newUnits.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        level: r.level,
        area: r.area,
        path: r.path,
        policyCode: r.policyCode,
        regionCode: r.regionCode,
        parentId: jurisdictions.maybe(r.parentCode),
      })),
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
      data: newPersons.map((p) => ({
        id: p.id,
        citizenId: p.citizenId,
        name: p.name,
        sex: p.sex,
        birthDate: toDate(p.birthDate),
        phone: p.phone,
        formerNames: p.formerNames,
        ethnicity: p.ethnicity,
        deceasedOn: p.deceasedOn ? toDate(p.deceasedOn) : null,
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
      data: newHouseholds.map((h) => ({
        id: h.id,
        householdNumber: h.householdNumber,
        type: h.type,
        address: h.address,
        area: h.area,
        stationId: jurisdictions.get(h.stationCode),
        closedOn: h.closedOn ? toDate(h.closedOn) : null,
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
