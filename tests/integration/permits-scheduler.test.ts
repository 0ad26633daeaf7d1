// The scheduler keeps its schedules in PostgreSQL (pg-boss, schema "pgboss"): starting it registers
// both daily jobs in pg-boss's own tables, and its start-up run does the work through the queue.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/db/connection";
import { useTestDb } from "@/tests/factories/use-test-db";
import { DAILY_CRON, JOB_NAMES, JOB_SCHEMA, startScheduler, TIME_ZONE, type Scheduler } from "@/lib/jobs/scheduler";
import { makePerson } from "@/tests/factories/people";
import { makePermit, makeStation } from "./certificate-fixtures";

const db = useTestDb();
let sql: pg.Client;
let scheduler: Scheduler | null = null;

beforeAll(async () => {
  sql = new pg.Client({ connectionString: databaseUrl() });
  await sql.connect();
});

afterAll(async () => {
  await scheduler?.stop();
  await sql?.end();
});

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe("the job scheduler", () => {
  it("registers both daily schedules in PostgreSQL and runs the jobs once at start-up", async () => {
    const station = await makeStation(db);
    const overdue = await makePermit(db, {
      holderId: (await makePerson(db, { name: "冯三", region: "431002", birthDate: "1990-01-01" })).id,
      stationId: station.id,
      validUntil: "2001-09-01",
    });
    const lines: string[] = [];
    // Its clock says 2001-09-03 (China), so the start-up run touches only this test's permit.
    scheduler = await startScheduler({
      databaseUrl: databaseUrl(),
      now: () => new Date("2001-09-03T04:00:00Z"),
      log: (l) => lines.push(l),
    });

    const schedules = await sql.query(`SELECT name, cron, timezone FROM ${JOB_SCHEMA}.schedule ORDER BY name`);
    expect(schedules.rows).toEqual([...JOB_NAMES].sort().map((name) => ({ name, cron: DAILY_CRON, timezone: TIME_ZONE })));
    const queues = await sql.query(`SELECT name FROM ${JOB_SCHEMA}.queue WHERE name = ANY($1)`, [JOB_NAMES]);
    expect(queues.rows.map((r) => r.name).sort()).toEqual([...JOB_NAMES].sort());

    const suspended = await waitFor(
      async () => (await db.residencePermit.findUniqueOrThrow({ where: { id: overdue.id } })).status === "SUSPENDED",
      30_000,
    );
    expect(suspended, lines.join("\n")).toBe(true);

    await scheduler.stop();
    scheduler = null;
    // Stopped, the schedules stay: the next start finds them in the database.
    const after = await sql.query(`SELECT count(*)::int AS n FROM ${JOB_SCHEMA}.schedule WHERE name = ANY($1)`, [JOB_NAMES]);
    expect(after.rows[0].n).toBe(JOB_NAMES.length);
  });
});
