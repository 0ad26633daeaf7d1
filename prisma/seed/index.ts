// The demo-data seed of 户籍通办: the jurisdiction tree of the five policy units with demo police
// stations, a resident population, residence permits, cases in every state and the demo accounts.
// Idempotent: a second run creates nothing and changes nothing. Importing this module has no side
// effects; `scripts/seed.ts` and `npm start` call seedDemoData.
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { buildDemoPlan } from "./plan";
import { SEED_VERSION } from "./random";
import { DEMO_PASSWORD } from "./users";
import { countTables, TABLES, writePlan, type TableCounts } from "./write";
import { writeReference } from "./reference";
import { writeBulkRegistry } from "./bulk-registry";
import { recordMissingSettlementsIn } from "@/lib/stats/settlement-records";
import { getBlobStore, type BlobStore } from "@/lib/storage";
import { storeSampleDocuments, repairStandInDocuments } from "./store-documents";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, clerkUsername, type DemoAccount } from "./users";
export { DEMO_STATION_CODES, DEMO_SUPERVISOR_SCOPES } from "./jurisdictions";
export { POLICY_CODES } from "./jurisdiction-tree";
export { REFERENCE_DATE } from "./dates";
export { buildDemoPlan } from "./plan";
export type { TableCounts, TableName } from "./write";

export interface SeedDemoDataOptions {
  db: Db;
  log?: (line: string) => void;
  /** Where the demo documents' files go (default: the portal's own store, lib/storage). */
  store?: BlobStore;
}

export interface SeedSummary {
  /** Rows this run created, per table (all zero on a re-run). */
  created: TableCounts;
  /** Rows in each table afterwards. */
  total: TableCounts;
  durationMs: number;
}

// Serialises concurrent seeds (two `npm start`s at once) so neither sees half of the other's rows.
const SEED_LOCK_KEY = 7_415_002_026;

export async function seedDemoData(options: SeedDemoDataOptions): Promise<SeedSummary> {
  const { db } = options;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const calendar = await loadCalendar({ db, fresh: true });
  const plan = buildDemoPlan({ warn: (message) => log(`seed warning: ${message}`), calendar });

  // Hash only for accounts that do not exist yet: a re-run keeps every stored hash. One hash serves every
  // new demo account: they all share the published demo password, so a salt per account protects nothing,
  // and a hundred scrypt runs were most of a fresh seed's time (docs/decisions/0215).
  const usernames = plan.users.map((u) => u.username);
  const existing = new Set(
    (await db.user.findMany({ where: { username: { in: usernames } }, select: { username: true } })).map((u) => u.username),
  );
  const missing = plan.users.filter((u) => !existing.has(u.username));
  const sharedHash = missing.length > 0 ? await hashPassword(DEMO_PASSWORD) : "";
  const passwordHashes = new Map(missing.map((u) => [u.username, sharedHash] as const));

  // The files first, as an upload does: a Document row never names bytes the store does not have.
  await storeSampleDocuments({ store: options.store ?? getBlobStore(), plan });

  const created = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      const counts = await writePlan({ tx, plan, passwordHashes });
      // Demo databases seeded before the documents had files: point those rows at the files.
      await repairStandInDocuments({ tx, plan });
      // The county registries, generated in SQL (bulk-registry.ts): counted with the plan's rows.
      const bulk = await writeBulkRegistry({ tx });
      counts.person += bulk.person;
      counts.household += bulk.household;
      counts.membership += bulk.membership;
      // Targets, statistics and assessment inputs (reference.ts): missing rows only, outside the table counts.
      await writeReference({ tx });
      // The decided settlements above were written directly, not through approveApplication: record
      // their settled persons as an approval would (lib/stats/settlement-records.ts).
      await recordMissingSettlementsIn({ tx });
      if (TABLES.some((t) => counts[t] > 0)) {
        // AuditEvent is append-only: one row per run that created anything, none otherwise.
        await tx.auditEvent.create({
          data: { action: "seed.demo-data", entityType: "Seed", entityId: SEED_VERSION, data: { created: counts } },
        });
        counts.auditEvent = 1;
      }
      return counts;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  const total = await countTables({ db });
  const summary: SeedSummary = { created, total, durationMs: Math.round(performance.now() - started) };
  log(formatSeedSummary(summary));
  return summary;
}

/** One line: "demo data: created 412 rows in 2.1 s; jurisdiction 118, person 401, …". */
export function formatSeedSummary(summary: SeedSummary): string {
  const createdRows = TABLES.reduce((sum, t) => sum + summary.created[t], 0);
  const totals = TABLES.map((t) => `${t} ${summary.total[t]}`).join(", ");
  const what = createdRows === 0 ? "already present, nothing created" : `created ${createdRows} rows`;
  return `demo data: ${what} in ${(summary.durationMs / 1000).toFixed(1)} s; ${totals}`;
}
