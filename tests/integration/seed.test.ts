// The demo-data seed: idempotent (a second run creates and changes nothing), big enough to demo, and
// consistent with the registry's rules and the eligibility contract.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { verifyPassword } from "@/lib/auth/password";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { parseEligibilityRequest } from "@/lib/policy";
import {
  buildDemoPlan,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_STATION_CODES,
  POLICY_CODES,
  seedDemoData,
  type SeedSummary,
} from "@/prisma/seed";
import { sniffUpload } from "@/lib/applications/documents";
import { standInHash } from "@/prisma/seed/case-history";
import { SAMPLE_DOCUMENTS } from "@/prisma/seed/sample-documents";
import { memoryStore } from "./apply-fixtures";

const db = useTestDb();
let first: SeedSummary;
let second: SeedSummary;
let rowsAfterFirst: string;
let rowsAfterSecond: string;
let seedAuditsBefore: number;
// The demo documents' files go here, not into the working tree's .data/uploads.
const store = memoryStore();
// Other integration tests share the database and add rows of their own: per-row checks look at the
// seed's rows only, found by their natural keys.
const plan = buildDemoPlan({ warn: () => {} });
const seeded = {
  codes: plan.jurisdictions.map((j) => j.code),
  citizenIds: plan.persons.map((p) => p.citizenId),
  permits: plan.permits.map((p) => p.number),
  applications: plan.applications.map((a) => a.number),
};

/** Every row of every seeded table, as text, so two states can be compared exactly. */
async function dumpAll(): Promise<string> {
  const order = { orderBy: { id: "asc" as const } };
  const tables = await Promise.all([
    db.jurisdiction.findMany(order),
    db.person.findMany(order),
    db.household.findMany(order),
    db.membership.findMany(order),
    db.user.findMany(order),
    db.residencePermit.findMany(order),
    db.permitEndorsement.findMany(order),
    db.application.findMany(order),
    db.applicationMember.findMany(order),
    db.document.findMany(order),
    db.caseEvent.findMany(order),
    db.auditEvent.findMany(order),
  ]);
  return JSON.stringify(tables, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
}

beforeAll(async () => {
  seedAuditsBefore = await db.auditEvent.count({ where: { action: "seed.demo-data" } });
  first = await seedDemoData({ db, store });
  rowsAfterFirst = await dumpAll();
  second = await seedDemoData({ db, store });
  rowsAfterSecond = await dumpAll();
});

describe("seedDemoData", () => {
  it("plans the same data every time (no clock, no Math.random)", () => {
    expect(JSON.stringify(buildDemoPlan({ warn: () => {} }))).toBe(JSON.stringify(plan));
  });

  it("plans no case whose outcome the policy engine disagrees with", () => {
    const warnings: string[] = [];
    buildDemoPlan({ warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });

  it("is idempotent: the second run creates nothing and leaves every row as it was", () => {
    expect(Object.values(second.created).every((n) => n === 0)).toBe(true);
    expect(second.total).toEqual(first.total);
    expect(rowsAfterSecond).toBe(rowsAfterFirst);
  });

  it("writes one seed audit row for the run that created data, none for the re-run", async () => {
    expect(await db.auditEvent.count({ where: { action: "seed.demo-data" } })).toBe(seedAuditsBefore + (first.created.person > 0 ? 1 : 0));
  });

  it("is big enough to demo", async () => {
    const { total } = second;
    expect(total.person).toBeGreaterThanOrEqual(300);
    expect(await db.jurisdiction.count({ where: { level: "STATION", code: { in: seeded.codes } } })).toBeGreaterThanOrEqual(25);
    expect(total.application).toBeGreaterThanOrEqual(20);
    const mine = { number: { in: seeded.applications } };
    const statuses = await db.application.groupBy({ by: ["status"], where: mine, _count: true });
    expect(statuses.length).toBeGreaterThanOrEqual(5);
    const kinds = await db.application.groupBy({ by: ["kind"], where: mine, _count: true });
    expect(kinds.length).toBe(5);
    const permitStatuses = await db.residencePermit.groupBy({ by: ["status"], where: { number: { in: seeded.permits } }, _count: true });
    expect(permitStatuses.length).toBeGreaterThanOrEqual(3);
    for (const table of ["household", "membership", "permitEndorsement", "applicationMember", "document", "caseEvent"] as const) {
      expect(total[table], table).toBeGreaterThan(0);
    }
  });

  it("stores a real, readable file for every document it creates, each sample once", async () => {
    const docs = await db.document.findMany({
      where: { application: { number: { in: seeded.applications } } },
      select: { id: true, sha256: true, sizeBytes: true, mediaType: true },
    });
    expect(docs.length).toBe(plan.applications.reduce((n, a) => n + a.documents.length, 0));
    const missing: string[] = [];
    for (const d of docs) {
      const bytes = await store.get(d.sha256);
      if (!bytes) {
        missing.push(d.id);
        continue;
      }
      expect(bytes.byteLength, d.id).toBe(d.sizeBytes);
      // The type an upload would be sniffed as: the case page shows it inline by this type.
      expect((await sniffUpload(bytes)).mediaType, d.id).toBe(d.mediaType);
    }
    expect(missing).toEqual([]);
    const distinct = new Set(docs.map((d) => d.sha256));
    expect(distinct.size).toBeLessThanOrEqual(Object.keys(SAMPLE_DOCUMENTS).length);
    expect(store.size()).toBe(distinct.size);
  });

  it("points documents an older seed wrote with a stand-in hash at their file", async () => {
    const app = plan.applications.find((a) => a.documents.length > 0)!;
    const planned = app.documents[0]!;
    const standIn = standInHash({ number: app.number, kind: planned.kind });
    await db.document.update({
      where: { id: planned.id },
      data: { sha256: standIn, sizeBytes: 123_456, fileName: "旧.jpg", mediaType: "image/jpeg" },
    });
    await seedDemoData({ db, store });
    const row = await db.document.findUniqueOrThrow({ where: { id: planned.id } });
    expect({ sha256: row.sha256, sizeBytes: row.sizeBytes, fileName: row.fileName, mediaType: row.mediaType }).toEqual({
      sha256: planned.sha256,
      sizeBytes: planned.sizeBytes,
      fileName: planned.fileName,
      mediaType: planned.mediaType,
    });
  });

  it("builds the jurisdiction tree with exact policy codes and materialised paths", async () => {
    const units = await db.jurisdiction.findMany({ where: { code: { in: seeded.codes } }, include: { parent: true } });
    expect(units.length).toBe(seeded.codes.length);
    const policyUnits = units.filter((u) => u.policyCode !== null);
    expect(policyUnits.map((u) => u.code).sort()).toEqual([...POLICY_CODES].sort());
    for (const u of policyUnits) expect(u.policyCode).toBe(u.code);
    for (const u of units) {
      expect(u.code).toMatch(/^[a-z0-9-]+$/);
      expect(u.path).toBe(`${u.parent ? u.parent.path : "/"}${u.code}/`);
      if (u.level === "STATION") expect(u.area, u.code).toBe(u.parent?.area);
    }
    // Every policy unit has stations in more than one kind of area.
    for (const code of POLICY_CODES) {
      const areas = new Set(units.filter((u) => u.level === "STATION" && u.path.includes(`/${code}/`)).map((u) => u.area));
      expect(areas.size, code).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives every person a valid citizen ID matching their birth date and sex", async () => {
    const persons = await db.person.findMany({
      where: { citizenId: { in: seeded.citizenIds } },
      select: { citizenId: true, birthDate: true, sex: true },
    });
    expect(persons.length).toBe(seeded.citizenIds.length);
    for (const p of persons) {
      const parsed = parseCitizenId({ input: p.citizenId });
      expect(parsed.ok, p.citizenId).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.birthDate).toBe(p.birthDate.toISOString().slice(0, 10));
      expect(parsed.sex).toBe(p.sex);
    }
  });

  it("registers nobody twice: at most one active membership per person, with some history", async () => {
    const active = await db.membership.groupBy({ by: ["personId"], where: { validTo: null }, _count: true });
    expect(active.filter((a) => a._count > 1)).toEqual([]);
    const mismatched = await db.membership.findMany({ where: { validTo: null, activePersonId: null } });
    expect(mismatched).toEqual([]);
    expect(await db.membership.count({ where: { validTo: { not: null } } })).toBeGreaterThan(0);
    expect(await db.person.count({ where: { memberships: { none: {} } } })).toBeGreaterThan(0);
  });

  it("gives residence permits only to people without an active hukou in that jurisdiction", async () => {
    const permits = await db.residencePermit.findMany({
      where: { number: { in: seeded.permits } },
      include: {
        jurisdiction: true,
        holder: { include: { memberships: { where: { validTo: null }, include: { household: { include: { station: true } } } } } },
      },
    });
    for (const permit of permits) {
      for (const m of permit.holder.memberships) {
        if (permit.status === "CANCELLED") continue; // settled here afterwards, which cancelled the permit
        expect(m.household.station.path.startsWith(permit.jurisdiction.path), permit.number).toBe(false);
      }
    }
  });

  it("creates each demo account with its scope and the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUnique({
        where: { username: account.username },
        include: { station: true, jurisdiction: true },
      });
      expect(user, account.username).not.toBeNull();
      if (!user) continue;
      expect(user.role).toBe(account.role);
      expect(user.displayName).toBe(account.displayName);
      if (account.role === "CLERK") expect(user.station?.code).toBe(account.scopeCode);
      if (account.role === "SUPERVISOR") expect(user.jurisdiction?.code).toBe(account.scopeCode);
      if (account.role === "APPLICANT") expect(user.personId).not.toBeNull();
      if (account.role === "ADMIN") expect([user.stationId, user.jurisdictionId, user.personId]).toEqual([null, null, null]);
    }
    const resident = await db.user.findUniqueOrThrow({ where: { username: "resident" } });
    expect(await verifyPassword(DEMO_PASSWORD, resident.passwordHash)).toBe(true);
  });

  it("gives both demo clerks at least five cases at their own station, some waiting to be taken", async () => {
    for (const code of Object.values(DEMO_STATION_CODES)) {
      const cases = await db.application.findMany({ where: { station: { code } } });
      expect(cases.length, code).toBeGreaterThanOrEqual(5);
      expect(
        cases.some((c) => c.status === "SUBMITTED"),
        code,
      ).toBe(true);
    }
  });

  it("stores facts as ELIGIBILITY-V1 requests for the case's own jurisdiction, applicant and area", async () => {
    const apps = await db.application.findMany({
      where: { number: { in: seeded.applications } },
      include: { targetJurisdiction: true, applicantPerson: true, station: true },
    });
    expect(apps.length).toBe(seeded.applications.length);
    for (const app of apps) {
      const parsed = parseEligibilityRequest({ body: app.facts, today: "2026-11-20" });
      expect(parsed.ok, `${app.number}: ${JSON.stringify(parsed.ok ? null : parsed.error)}`).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.request.jurisdiction).toBe(app.targetJurisdiction.policyCode);
      expect(parsed.request.area).toBe(app.targetArea.toLowerCase());
      expect(parsed.request.applicant.birthDate).toBe(app.applicantPerson.birthDate.toISOString().slice(0, 10));
      expect(app.station.path.startsWith(app.targetJurisdiction.path), app.number).toBe(true);
    }
  });

  it("keeps each case's history consistent with its status and the engine's answer", async () => {
    const apps = await db.application.findMany({
      where: { number: { in: seeded.applications } },
      include: { caseEvents: { orderBy: { createdAt: "asc" } } },
    });
    for (const app of apps) {
      const events = app.caseEvents;
      expect(events[0]?.fromStatus, app.number).toBeNull();
      expect(events[events.length - 1]?.toStatus, app.number).toBe(app.status);
      for (let i = 1; i < events.length; i++) expect(events[i].fromStatus).toBe(events[i - 1].toStatus);
      if (app.status !== "DRAFT") expect(app.submittedAt && app.dueAt && app.dueAt > app.submittedAt, app.number).toBe(true);
      if (app.status === "APPROVED" || app.status === "REJECTED") {
        expect(app.decidedAt && app.decisionReason && app.assigneeId, app.number).toBeTruthy();
      }
      const snapshot = app.decisionSnapshot as { eligible?: boolean } | null;
      if (snapshot && app.status === "APPROVED") expect(snapshot.eligible, app.number).toBe(true);
      if (snapshot && app.status === "REJECTED") expect(snapshot.eligible, app.number).toBe(false);
    }
    // Some open cases are past their time limit on the reference date, some are not.
    const open = apps.filter((a) => ["SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"].includes(a.status));
    const reference = new Date("2026-11-20T12:00:00+08:00");
    expect(open.some((a) => a.dueAt! < reference)).toBe(true);
    expect(open.some((a) => a.dueAt! > reference)).toBe(true);
  });
});
