// The queue's search: by application number (exact or prefix), applicant's name, the full ID number
// (a small x as typed on a phone), never a fragment of an ID number, and only within the clerk's scope.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { listQueue } from "@/lib/applications/queue";
import { makeCitizenId } from "@/lib/registry/citizen-id";
import { randomUUID } from "node:crypto";
import { day, makeCase } from "@/tests/factories/cases";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";

const db = useTestDb();
let clerk: Actor;
let other: Actor;
let tree: Awaited<ReturnType<typeof makeTree>>;
let xId = "";
let xCase = { id: "", number: "" };
let nameCase = { id: "", number: "" };
let farCase = { id: "", number: "" };

async function applicantWith(citizenId: string, name: string, birthDate = "1985-03-07", sex: "MALE" | "FEMALE" = "MALE") {
  const person = await db.person.create({ data: { citizenId, name, sex, birthDate: day(birthDate) } });
  const user = await db.user.create({
    data: { username: `qs-${randomUUID().slice(0, 8)}`, passwordHash: "x", displayName: name, role: "APPLICANT", personId: person.id },
  });
  return { person, user };
}

/** An unused valid ID number ending in X. */
async function freeIdEndingInX() {
  for (let seq = 1; ; seq++) {
    const id = makeCitizenId({ region: "430102", birthDate: "1985-03-07", sequence: seq, sex: "MALE" });
    if (id.endsWith("X") && !(await db.person.findUnique({ where: { citizenId: id } }))) return id;
  }
}

beforeAll(async () => {
  tree = await makeTree(db);
  clerk = await makeClerk(db, tree.station.id);
  other = await makeClerk(db, tree.station2.id);
  xId = await freeIdEndingInX();
  // Names carry no digits: a tag of random Chinese characters keeps this run's names apart from others'.
  const tag = Array.from({ length: 3 }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 20000))).join("");
  const a = await applicantWith(xId, `欧阳${tag}`);
  xCase = await makeCase(db, { at: tree, applicant: a, facts: {} });
  const b = await applicantWith(
    makeCitizenId({ region: "430102", birthDate: "1979-11-02", sequence: Math.floor(Math.random() * 900), sex: "FEMALE" }),
    `司马${tag}`,
    "1979-11-02",
    "FEMALE",
  );
  nameCase = await makeCase(db, { at: tree, applicant: b, facts: {} });
  farCase = await makeCase(db, { stationId: tree.station2.id, policyUnitId: tree.city.id, applicant: a, facts: {} });
});

const search = (actor: Actor, q: string) => listQueue({ db, actor, filter: { q }, pageSize: 100 });
const ids = (r: { rows: { id: string }[] }) => r.rows.map((x) => x.id);

describe("the queue's search", () => {
  it("finds a case by its full number and by a prefix of it, in any case", async () => {
    expect(ids(await search(clerk, xCase.number))).toEqual([xCase.id]);
    expect(ids(await search(clerk, xCase.number.slice(0, -2).toLowerCase()))).toContain(xCase.id);
  });

  it("finds by the applicant's name, whole or in part", async () => {
    const person = await db.person.findFirstOrThrow({ where: { applications: { some: { id: nameCase.id } } } });
    expect(ids(await search(clerk, person.name))).toEqual([nameCase.id]);
    expect(ids(await search(clerk, person.name.slice(0, 3)))).toEqual([nameCase.id]);
  });

  it("finds by the full ID number, typed with a small x and spaces between the groups", async () => {
    const typed = `${xId.slice(0, 6)} ${xId.slice(6, 14)} ${xId.slice(14).toLowerCase()}`;
    expect(ids(await search(clerk, typed))).toEqual([xCase.id]);
    expect(ids(await search(clerk, xId))).toEqual([xCase.id]);
  });

  it("never matches a part of an ID number: 17, 14 or 6 leading digits, or the last 4, find nothing", async () => {
    for (const part of [xId.slice(0, 17), xId.slice(0, 14), xId.slice(0, 6), xId.slice(-4), xId.slice(1)]) {
      expect(ids(await search(clerk, part)), part).not.toContain(xCase.id);
    }
  });

  it("stays within the clerk's station: the other station's clerk finds only their own case", async () => {
    expect(ids(await search(other, xId))).toEqual([farCase.id]);
    expect(ids(await search(other, xCase.number))).toEqual([]);
    expect(ids(await search(clerk, farCase.number))).toEqual([]);
  });

  it("turns bad text into a problem, not an error: NUL bytes, control characters, overlong text", async () => {
    expect((await search(clerk, "SQ\u0000-2026")).searchProblem).toBe("INVALID_CHARACTERS");
    expect((await search(clerk, "张\u0007三")).searchProblem).toBe("INVALID_CHARACTERS");
    const long = await search(clerk, "张".repeat(41));
    expect(long.searchProblem).toBe("TOO_LONG");
    expect(long.rows).toEqual([]);
    expect((await search(clerk, "   ")).searchProblem).toBeNull();
  });

  it("a search looks at decided cases too, unless a status is chosen", async () => {
    await db.application.update({ where: { id: nameCase.id }, data: { status: "APPROVED", decidedAt: new Date() } });
    expect(ids(await search(clerk, nameCase.number))).toEqual([nameCase.id]);
    const r = await listQueue({ db, actor: clerk, filter: { q: nameCase.number, status: "SUBMITTED" }, pageSize: 100 });
    expect(ids(r)).toEqual([]);
    expect(r.counts.APPROVED).toBe(1);
  });
});
