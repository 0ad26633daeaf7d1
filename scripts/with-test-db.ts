// `tsx scripts/with-test-db.ts -- <command…>`: runs a command against a fresh, migrated
// PostgreSQL (a throw-away embedded cluster, or DATABASE_URL's server when that is set), with
// DATABASE_URL exported to it. Exits with the command's exit code.
import { spawn } from "node:child_process";
import { applyPendingMigrations } from "../lib/db/schema-engine";
import { acquireDatabase } from "./lib/with-database";

async function main() {
  const sep = process.argv.indexOf("--");
  const command = sep >= 0 ? process.argv.slice(sep + 1) : process.argv.slice(2);
  if (command.length === 0) {
    console.error("Usage: tsx scripts/with-test-db.ts -- <command> [args…]");
    process.exit(2);
  }
  const db = await acquireDatabase({ mode: "temporary", database: "hukou_test" });
  let code = 1;
  try {
    await applyPendingMigrations(db.url);
    code = await new Promise<number>((resolve) => {
      const child = spawn(command[0], command.slice(1), {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: db.url },
      });
      child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
  } finally {
    await db.stop();
  }
  process.exit(code);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
