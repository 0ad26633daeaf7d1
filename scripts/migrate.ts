// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL (or the embedded
// database in .data/pg when DATABASE_URL is unset).
import { applyPendingMigrations } from "../lib/db/schema-engine";
import { acquireDatabase } from "./lib/with-database";

async function main() {
  const db = await acquireDatabase({ mode: "persistent", database: "hukou" });
  try {
    const applied = await applyPendingMigrations(db.url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
