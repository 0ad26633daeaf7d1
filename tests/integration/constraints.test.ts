// The registry's rules hold in the database itself, whatever the application code does.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { makeCitizenId } from "@/lib/registry/citizen-id";
import { dbDate as day } from "@/lib/clock/day";

const db = useTestDb();
let stationId: string;

beforeAll(async () => {
  const code = `it-${randomUUID().slice(0, 8)}`;
  const station = await db.jurisdiction.create({
    data: { code, name: "测试派出所", level: "STATION", area: "TOWN", path: `/${code}/` },
  });
  stationId = station.id;
});

let seq = 100;
async function person() {
  seq += 2;
  const citizenId = makeCitizenId({
    region: "431002",
    birthDate: "1988-08-08",
    sequence: seq + Math.floor(Math.random() * 400) * 2,
    sex: "MALE",
  });
  return db.person.create({ data: { citizenId, name: "测试", sex: "MALE", birthDate: new Date("1988-08-08T00:00:00Z") } });
}

async function household() {
  return db.household.create({
    data: { householdNumber: `H-${randomUUID()}`, type: "FAMILY", address: "测试路 1 号", area: "TOWN", stationId },
  });
}

describe("one person, one permanent hukou", () => {
  it("refuses a second active membership", async () => {
    const p = await person();
    const [h1, h2] = [await household(), await household()];
    await db.membership.create({
      data: { personId: p.id, householdId: h1.id, relation: "HEAD", validFrom: day("2010-01-01"), activePersonId: p.id },
    });
    await expect(
      db.membership.create({
        data: { personId: p.id, householdId: h2.id, relation: "HEAD", validFrom: day("2020-01-01"), activePersonId: p.id },
      }),
    ).rejects.toThrow(/Unique constraint|activePersonId/);
    expect(await db.membership.count({ where: { personId: p.id } })).toBe(1);
  });

  it("refuses an active membership that hides its marker (activePersonId NULL, validTo NULL)", async () => {
    const p = await person();
    const h = await household();
    await db.membership.create({
      data: { personId: p.id, householdId: h.id, relation: "HEAD", validFrom: day("2010-01-01"), activePersonId: p.id },
    });
    await expect(
      db.membership.create({ data: { personId: p.id, householdId: h.id, relation: "HEAD", validFrom: day("2011-01-01") } }),
    ).rejects.toThrow(/Membership_active_marker|check constraint/i);
  });

  it("allows any number of ended memberships and a move done in one transaction", async () => {
    const p = await person();
    const [h1, h2, h3] = [await household(), await household(), await household()];
    await db.membership.create({
      data: { personId: p.id, householdId: h1.id, relation: "CHILD", validFrom: day("1990-01-01"), validTo: day("2008-01-01") },
    });
    const current = await db.membership.create({
      data: { personId: p.id, householdId: h2.id, relation: "HEAD", validFrom: day("2008-01-01"), activePersonId: p.id },
    });
    await db.$transaction([
      db.membership.update({ where: { id: current.id }, data: { validTo: day("2026-01-01"), activePersonId: null } }),
      db.membership.create({
        data: { personId: p.id, householdId: h3.id, relation: "HEAD", validFrom: day("2026-01-01"), activePersonId: p.id },
      }),
    ]);
    expect(await db.membership.count({ where: { personId: p.id, validTo: null } })).toBe(1);
    expect(await db.membership.count({ where: { personId: p.id } })).toBe(3);
  });
});

describe("citizen ID constraints", () => {
  it("refuses a person whose birth date or sex disagrees with the number", async () => {
    const citizenId = makeCitizenId({ region: "419001", birthDate: "1970-05-05", sequence: 31, sex: "MALE" });
    await expect(db.person.create({ data: { citizenId, name: "甲", sex: "MALE", birthDate: day("1970-05-06") } })).rejects.toThrow(
      /Person_birthDate_matches_citizenId|check constraint/i,
    );
    await expect(db.person.create({ data: { citizenId, name: "甲", sex: "FEMALE", birthDate: day("1970-05-05") } })).rejects.toThrow(
      /Person_sex_matches_citizenId|check constraint/i,
    );
    await expect(
      db.person.create({ data: { citizenId: "41900119700505abc1", name: "甲", sex: "MALE", birthDate: day("1970-05-05") } }),
    ).rejects.toThrow(/Person_citizenId_format|check constraint/i);
  });
});

describe("users carry the scope of their role", () => {
  it("refuses a clerk without a station and a supervisor without a jurisdiction", async () => {
    await expect(
      db.user.create({ data: { username: `x-${randomUUID()}`, passwordHash: "x", displayName: "x", role: "CLERK" } }),
    ).rejects.toThrow(/User_role_scope|check constraint/i);
    await expect(
      db.user.create({ data: { username: `x-${randomUUID()}`, passwordHash: "x", displayName: "x", role: "SUPERVISOR" } }),
    ).rejects.toThrow(/User_role_scope|check constraint/i);
  });
});

describe("the audit trail is append-only", () => {
  it("refuses UPDATE and DELETE of an audit event", async () => {
    const e = await db.auditEvent.create({ data: { action: "test.event", entityType: "Test", entityId: "1" } });
    await expect(db.auditEvent.update({ where: { id: e.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: e.id } })).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: e.id } })).action).toBe("test.event");
  });
});
