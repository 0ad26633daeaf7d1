// The portal's scheduled jobs, kept in PostgreSQL by pg-boss (its own schema `pgboss` in the portal's
// database): the schedule, the queue and each run's record live in the database, so they survive
// restarts, and each queued run is taken by one worker only (pg-boss locks jobs with SKIP LOCKED).
// Both jobs run daily at 00:10 China time and once at start-up, so a portal that was down at
// midnight catches up at once. See docs/decisions/0017-scheduled-jobs.md.
import { PgBoss } from "pg-boss";
import { createPrismaClient, type Db } from "@/lib/db";
import { todayInChina } from "@/lib/policy/dates";
import { suspendOverduePermits } from "@/lib/permits/suspend-overdue";
import { sendEndorsementReminders } from "@/lib/permits/endorsement-reminders";

import { JOB_SCHEMA } from "./schema-name";
export { JOB_SCHEMA };
export const TIME_ZONE = "Asia/Shanghai";
export const DAILY_CRON = "10 0 * * *";

/** Each job: a queue name and what it does for a China calendar date. */
export const JOBS = {
  "permit-suspend-overdue": (db: Db, today: string) => suspendOverduePermits({ db, today }),
  "permit-endorsement-reminders": (db: Db, today: string) => sendEndorsementReminders({ db, today }),
} as const;
export type JobName = keyof typeof JOBS;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];

export interface Scheduler {
  stop(): Promise<void>;
}

export interface StartSchedulerOptions {
  databaseUrl: string;
  log?: (line: string) => void;
  /** The clock, for tests. */
  now?: () => Date;
  /** Queue the start-up run of every job (default true). */
  runAtStart?: boolean;
}

export async function startScheduler(options: StartSchedulerOptions): Promise<Scheduler> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? (() => new Date());
  const db = createPrismaClient(options.databaseUrl);
  // The portal's role may not create schemas; the start creates this one for it (lib/db/app-role.ts),
  // and pg-boss's `CREATE SCHEMA IF NOT EXISTS` would still be refused, so it is asked only when missing.
  const schemaExists = await db.$queryRaw<unknown[]>`SELECT 1 FROM pg_namespace WHERE nspname = ${JOB_SCHEMA}`.then(
    (rows) => rows.length > 0,
    async (error: unknown) => {
      await db.$disconnect().catch(() => {});
      throw error;
    },
  );
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: JOB_SCHEMA,
    max: 2,
    application_name: "hukou-jobs",
    createSchema: !schemaExists,
  });
  let stopped = false;
  // Errors while shutting down (the database may be stopping too) are expected and not reported.
  boss.on("error", (error) => {
    if (!stopped) log(`✗ Scheduled jobs: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    await boss.start();
    for (const name of JOB_NAMES) {
      // Retries: a failed run is tried again an hour later, twice; the next day's run covers the rest.
      await boss.createQueue(name, { retryLimit: 2, retryDelay: 3600, expireInSeconds: 1800 });
      await boss.schedule(name, DAILY_CRON, {}, { tz: TIME_ZONE });
      await boss.work(name, async (jobs) => {
        for (const job of jobs) {
          const data = (job.data ?? {}) as { today?: string };
          const today = typeof data.today === "string" ? data.today : todayInChina({ now: now() });
          const result = await JOBS[name](db, today);
          log(`• Job ${name} (${today}): ${JSON.stringify(result)}`);
        }
      });
      if (options.runAtStart !== false) {
        // Through the queue like the daily run (recorded in pg-boss's tables). A second process starting
        // the same day queues a second run, which finds nothing left to do: both jobs are idempotent.
        await boss.send(name, { today: todayInChina({ now: now() }) });
      }
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    await db.$disconnect().catch(() => {});
    throw error;
  }
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => {});
      await db.$disconnect().catch(() => {});
    },
  };
}
