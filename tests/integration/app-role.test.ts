// The portal's database role may read and write rows, and nothing more: no DDL, no way to disable
// the audit trigger, and the audit trail only appended to and read (docs/decisions/0027).
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/db/connection";
import { APP_ROLE, ensureAppRole } from "@/lib/db/app-role";
import { createPrismaClient, type Db } from "@/lib/db";
import { startScheduler } from "@/lib/jobs/scheduler";
import { sqlOutcome } from "./sql-outcome";

let app: Client;
let appUrl: string;

beforeAll(async () => {
  // As on a fresh database: no job queue installed yet.
  const owner = new Client({ connectionString: databaseUrl() });
  await owner.connect();
  await owner.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
  await owner.end();
  appUrl = await ensureAppRole({ ownerUrl: databaseUrl(), password: randomBytes(20).toString("hex") });
  app = new Client({ connectionString: appUrl });
  await app.connect();
});

afterAll(async () => {
  await app.end();
});

const refused = (sql: string) => sqlOutcome(app, sql);

describe("the portal's role", () => {
  it("is who the portal connects as, and is no superuser", async () => {
    const { rows } = await app.query(
      "SELECT current_user AS who, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user",
    );
    expect(rows[0]).toEqual({ who: APP_ROLE, rolsuper: false, rolcreaterole: false, rolcreatedb: false });
  });

  it("reads and writes rows through Prisma like the portal does", async () => {
    const db: Db = createPrismaClient(appUrl);
    try {
      expect(await db.jurisdiction.count()).toBeGreaterThanOrEqual(0);
      const event = await db.auditEvent.create({ data: { action: "test.app-role", entityType: "Test", entityId: "1" } });
      expect((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe("test.app-role");
    } finally {
      await db.$disconnect();
    }
  });

  it("cannot change, empty or rewrite the audit trail, nor switch its trigger off", async () => {
    // 42501 = insufficient_privilege; 42501 also for ALTER TABLE by a non-owner ("must be owner").
    expect(await refused(`UPDATE "AuditEvent" SET action = 'x' WHERE action = 'test.app-role'`)).toBe("42501");
    expect(await refused(`DELETE FROM "AuditEvent" WHERE action = 'test.app-role'`)).toBe("42501");
    expect(await refused(`TRUNCATE "AuditEvent"`)).toBe("42501");
    expect(await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`)).toBe("42501");
    expect(await refused(`DROP TRIGGER "AuditEvent_no_update_delete" ON "AuditEvent"`)).toBe("42501");
    expect(await refused(`DROP FUNCTION "audit_event_append_only"() CASCADE`)).toBe("42501");
  });

  it("cannot create, change or drop tables, nor touch the migration history", async () => {
    expect(await refused(`CREATE TABLE "Intruder" (id int)`)).toBe("42501");
    expect(await refused(`ALTER TABLE "Person" ADD COLUMN intruder text`)).toBe("42501");
    expect(await refused(`DROP TABLE "Membership"`)).toBe("42501");
    expect(await refused(`SELECT * FROM "_prisma_migrations"`)).toBe("42501");
    expect(await refused(`CREATE ROLE intruder LOGIN`)).toBe("42501");
  });

  it("installs and runs the scheduled jobs on a fresh database", async () => {
    const scheduler = await startScheduler({ databaseUrl: appUrl, runAtStart: false, log: () => {} });
    await scheduler.stop();
    const { rows } = await app.query("SELECT count(*)::int AS n FROM pgboss.queue WHERE name LIKE 'permit-%'");
    expect(rows[0].n).toBe(2);
  });

  it("owns the job queue's schema, where pg-boss creates its tables", async () => {
    const { rows } = await app.query("SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'");
    expect(rows[0]?.owner).toBe(APP_ROLE);
    expect(await refused(`CREATE TABLE pgboss.app_role_probe (id int); DROP TABLE pgboss.app_role_probe`)).toBe("allowed");
  });

  it("is granted again, not duplicated, on every start", async () => {
    const again = await ensureAppRole({ ownerUrl: databaseUrl(), password: randomBytes(20).toString("hex") });
    const owner = new Client({ connectionString: databaseUrl() });
    await owner.connect();
    try {
      const { rows } = await owner.query("SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
      expect(rows[0].n).toBe(1);
    } finally {
      await owner.end();
    }
    const client = new Client({ connectionString: again });
    await client.connect();
    await client.end();
  });
});
