// 户籍人口城镇化率 from the StationRegistryCount summary: the triggers keep it exact through
// registration, closing a membership and moving a household to another station.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { databaseUrl } from "@/lib/db/connection";
import { hukouUrbanisationRate } from "@/lib/stats/urbanisation";
import { makePerson, day } from "./casework-fixtures";
import { makeSupervisionTree, type SupervisionTree } from "./supervision-fixtures";

let db: Db;
let tree: SupervisionTree;

beforeAll(async () => {
  db = createPrismaClient(databaseUrl());
  tree = await makeSupervisionTree(db);
});
afterAll(async () => db.$disconnect());

async function household(stationId: string, people: number) {
  const h = await db.household.create({ data: { householdNumber: `U${Math.random().toString().slice(2, 13)}`, type: "FAMILY", address: "某路 1 号", area: "TOWN", stationId } });
  const memberships = [];
  for (let i = 0; i < people; i++) {
    const p = await makePerson(db, { birthDate: `19${70 + i}-01-0${1 + i}` });
    memberships.push(await db.membership.create({ data: { personId: p.id, householdId: h.id, relation: i === 0 ? "HEAD" : "CHILD", validFrom: day("2020-01-01"), activePersonId: p.id } }));
  }
  return { h, memberships };
}

describe("hukou urbanisation rate", () => {
  it("counts active registrations by the unit area of the household's station, in the subtree only", async () => {
    const rate = () => hukouUrbanisationRate({ db, actor: tree.supervisor });
    expect(await rate()).toEqual({ urban: 0, total: 0, rate: null });
    // station (CENTRAL_URBAN): 3 people; station3 (RURAL): 1 person; another county: 2 (never counted).
    const urban = await household(tree.station.id, 3);
    const rural = await household(tree.station3.id, 1);
    await household(tree.other.station.id, 2);
    expect(await rate()).toEqual({ urban: 3, total: 4, rate: 0.75 });
    // One of the urban three leaves (membership closed): 2 / 3.
    const leaving = urban.memberships[2]!;
    await db.membership.update({ where: { id: leaving.id }, data: { validTo: day("2026-11-01"), activePersonId: null } });
    expect(await rate()).toEqual({ urban: 2, total: 3, rate: 2 / 3 });
    // The rural household is moved to the urban station: 3 / 3.
    await db.household.update({ where: { id: rural.h.id }, data: { stationId: tree.station.id } });
    expect(await rate()).toEqual({ urban: 3, total: 3, rate: 1 });
    // A membership deleted (never done by the portal, but the summary must follow): 2 / 2.
    await db.membership.delete({ where: { id: urban.memberships[1]!.id } });
    expect(await rate()).toEqual({ urban: 2, total: 2, rate: 1 });
  });
});
