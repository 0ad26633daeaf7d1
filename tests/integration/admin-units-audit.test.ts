import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { authenticate } from "@/lib/auth/authenticate";
import { unitTree, updateUnit, type UnitNode } from "@/lib/admin/units";
import { auditExport, auditFilterSchema, auditPage, AUDIT_PAGE_SIZE } from "@/lib/admin/audit-trail";
import { listUsers, userFilterSchema } from "@/lib/admin/list-users";
import { makePerson } from "@/tests/factories/people";
import { makeAdminTree, makeUser } from "./admin-fixtures";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase } from "@/tests/factories/cases";
import { makeTree, makeUnit } from "@/tests/factories/units";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeAdminTree>>;

beforeAll(async () => {
  tree = await makeAdminTree(db);
});

const find = (nodes: UnitNode[], id: string): UnitNode | undefined => {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = find(n.children, id);
    if (hit) return hit;
  }
};
const filter = (f: Record<string, string>) => auditFilterSchema.parse({ actor: "", action: "", entityType: "", entityId: "", ...f });

describe("units", () => {
  it("counts stations and accounts through the subtree", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const station2 = await makeUnit(db, tree.county, {
      code: `${tree.county.code}-s2`,
      name: "第二派出所",
      level: "STATION",
      area: "RURAL",
    });
    await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    await makeUser(db, { role: "CLERK", stationId: station2.id });
    await makeUser(db, { role: "SUPERVISOR", jurisdictionId: tree.county.id });
    await makeUser(db, { role: "SUPERVISOR", jurisdictionId: tree.city.id });
    const roots = await unitTree({ db, actor: admin });
    expect(find(roots, tree.city.id)).toMatchObject({ stations: 2, users: 4, depth: 0, level: "CITY" });
    expect(find(roots, tree.county.id)).toMatchObject({ stations: 2, users: 3, depth: 1 });
    expect(find(roots, station2.id)).toMatchObject({ stations: 1, users: 1, area: "RURAL", children: [] });
    expect(
      find(roots, tree.county.id)!
        .children.map((c) => c.id)
        .sort(),
    ).toEqual([tree.station.id, station2.id].sort());
  });

  it("edits names and area, audited; refuses a stale form, lists every problem, refuses a non-administrator", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const expected = { expectedName: tree.station.name, expectedNameEn: "", expectedArea: "TOWN" };
    expect(
      await updateUnit({
        db,
        actor: admin,
        unitId: tree.station.id,
        input: { name: "", nameEn: "x".repeat(121), area: "CITY", ...expected },
      }),
    ).toEqual({
      ok: false,
      errors: [
        { field: "name", message: "admin.error.unitNameRequired" },
        { field: "nameEn", message: "admin.error.unitNameLong" },
        { field: "area", message: "admin.error.areaRequired" },
      ],
    });
    expect(
      await updateUnit({
        db,
        actor: admin,
        unitId: tree.station.id,
        input: { name: "新名派出所", nameEn: "New Name Police Station", area: "RURAL", ...expected },
      }),
    ).toEqual({ ok: true });
    expect(await db.jurisdiction.findUniqueOrThrow({ where: { id: tree.station.id } })).toMatchObject({
      name: "新名派出所",
      nameEn: "New Name Police Station",
      area: "RURAL",
    });
    const row = await db.auditEvent.findFirstOrThrow({ where: { entityId: tree.station.id, action: "admin.unit-update" } });
    expect(row.data).toMatchObject({ before: { name: tree.station.name, area: "TOWN" }, after: { name: "新名派出所", area: "RURAL" } });
    // The same form posted again is out of date now.
    expect(
      await updateUnit({ db, actor: admin, unitId: tree.station.id, input: { name: "又一个名", nameEn: "", area: "TOWN", ...expected } }),
    ).toEqual({ ok: false, errors: [{ field: null, message: "admin.error.unitStale" }] });
    const sup = await makeUser(db, { role: "SUPERVISOR", jurisdictionId: tree.city.id });
    await expect(
      updateUnit({
        db,
        actor: sup,
        unitId: tree.station.id,
        input: {
          name: "x",
          nameEn: "",
          area: "TOWN",
          expectedName: "新名派出所",
          expectedNameEn: "New Name Police Station",
          expectedArea: "RURAL",
        },
      }),
    ).rejects.toThrow("FORBIDDEN");
    await expect(unitTree({ db, actor: sup })).rejects.toThrow("FORBIDDEN");
  });
});

describe("the audit trail", () => {
  it("filters by actor and action, pages by keyset, names entities masked, masks ID numbers in the data", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const person = await makePerson(db, { name: "欧阳明月", phone: "13912345678", region: "431002", birthDate: "1990-05-17" });
    const applicant = await makeUser(db, { role: "APPLICANT" });
    // A failed sign-in under an applicant's username (their citizen ID number) is in the trail with it.
    await authenticate({ db, input: { username: applicant.username, password: "wrong" }, now: new Date() });
    const action = `test.${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) {
      await db.auditEvent.create({
        data: {
          actorId: admin.id,
          action,
          entityType: "Person",
          entityId: person.id,
          data: { n: i, phone: "13912345678", name: person.name },
        },
      });
    }
    const first = await auditPage({ db, actor: admin, filter: filter({ action }) });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.next).toBe(first.rows[AUDIT_PAGE_SIZE - 1].id);
    expect(first.rows[0].summary).toBe(`n: ${AUDIT_PAGE_SIZE + 2}; name: 欧***; phone: 139****5678`);
    expect(first.rows[0].entity).toBe(`欧***（${person.citizenId.slice(0, 4)}**********${person.citizenId.slice(-4)}）`);
    expect(first.rows[0].actor).toBe(admin.username);
    const second = await auditPage({ db, actor: admin, filter: filter({ action, before: first.next! }) });
    expect(second.rows.map((r) => r.summary.split(";")[0])).toEqual(["n: 2", "n: 1", "n: 0"]);
    expect(second.next).toBeNull();
    expect(await auditPage({ db, actor: admin, filter: filter({ action, actor: "someone-else" }) })).toEqual({ rows: [], next: null });
    const failed = await auditPage({
      db,
      actor: admin,
      filter: filter({ action: "auth.sign-in-failed", entityType: "User", entityId: applicant.id }),
    });
    expect(failed.rows).toHaveLength(1);
    expect(failed.rows[0].summary).not.toContain(applicant.username);
    expect(failed.rows[0].summary).toContain(`username: ${applicant.username.slice(0, 4)}`);
    expect(failed.rows[0].entity).toBe(`王**（${applicant.username.slice(0, 4)}**********${applicant.username.slice(-4)}）`);
    const all = await auditExport({ db, actor: admin, filter: filter({ action, before: first.next! }) });
    expect(all.rows).toHaveLength(AUDIT_PAGE_SIZE + 3);
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    await expect(auditPage({ db, actor: clerk, filter: filter({}) })).rejects.toThrow("FORBIDDEN");
    await expect(auditExport({ db, actor: clerk, filter: filter({}) })).rejects.toThrow("FORBIDDEN");
  });

  it("names an application by its number", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const cw = await makeTree(db);
    const app = await makeCase(db, { at: cw, applicant: await makeApplicant(db) });
    const action = `test.${randomUUID().slice(0, 6)}`;
    await db.auditEvent.create({ data: { actorId: admin.id, action, entityType: "Application", entityId: app.id } });
    expect((await auditPage({ db, actor: admin, filter: filter({ action }) })).rows[0].entity).toBe(app.number);
  });
});

describe("the user list", () => {
  it("masks applicants, finds them only by their full ID number, filters by role and unit", async () => {
    const admin = await makeUser(db, { role: "ADMIN" });
    const applicant = await makeUser(db, { role: "APPLICANT" });
    const clerk = await makeUser(db, { role: "CLERK", stationId: tree.station.id });
    const f = (o: Record<string, unknown>) => userFilterSchema.parse({ q: "", page: 1, ...o });
    const partial = await listUsers({ db, actor: admin, filter: f({ q: applicant.username.slice(0, 10) }) });
    expect(partial.rows.find((r) => r.id === applicant.id)).toBeUndefined();
    const full = await listUsers({ db, actor: admin, filter: f({ q: applicant.username }) });
    expect(full.rows).toHaveLength(1);
    expect(full.rows[0]).toMatchObject({
      username: `${applicant.username.slice(0, 4)}**********${applicant.username.slice(-4)}`,
      displayName: "王**",
      phone: "139****5678",
    });
    // An applicant account whose username is not an ID number (the demo's applicant-NN) is found by it too,
    // typed in either case, and still not by a part of it.
    const named = await makeUser(db, {
      role: "APPLICANT",
      personId: (await makePerson(db, { name: "李四", phone: "13912345678", region: "431002", birthDate: "1990-05-17" })).id,
      username: `applicant-${randomUUID().slice(0, 6)}`,
    });
    expect((await listUsers({ db, actor: admin, filter: f({ q: named.username }) })).rows.map((r) => r.id)).toEqual([named.id]);
    expect((await listUsers({ db, actor: admin, filter: f({ q: named.username.toUpperCase() }) })).rows.map((r) => r.id)).toEqual([
      named.id,
    ]);
    expect(
      (await listUsers({ db, actor: admin, filter: f({ q: named.username.slice(0, 12) }) })).rows.find((r) => r.id === named.id),
    ).toBeUndefined();
    const inUnit = await listUsers({ db, actor: admin, filter: f({ unit: tree.county.id, role: "CLERK" }) });
    expect(inUnit.rows.map((r) => r.id)).toContain(clerk.id);
    expect(inUnit.rows.every((r) => r.role === "CLERK")).toBe(true);
    const byName = await listUsers({ db, actor: admin, filter: f({ q: clerk.username.slice(4, 14).toUpperCase() }) });
    expect(byName.rows.map((r) => r.id)).toContain(clerk.id);
    await expect(listUsers({ db, actor: clerk, filter: f({}) })).rejects.toThrow("FORBIDDEN");
  });
});
