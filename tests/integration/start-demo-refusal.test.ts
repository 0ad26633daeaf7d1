// Issue #9 item 7: a real database in production must hold no account with the public demo password.
// `npm start` against such a database refuses before building or serving anything, in one sentence.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/db/connection";
import { activeDemoAccounts, seedDatabase } from "../../scripts/lib/seed";

const ROOT = path.resolve(__dirname, "../..");
const url = databaseUrl();

beforeAll(async () => {
  await seedDatabase(url);
}, 120_000);

describe("npm start with NODE_ENV=production and an own database", () => {
  it("refuses while demo accounts are active, saying what to do", async () => {
    expect(await activeDemoAccounts(url)).toBeGreaterThan(0);
    const started = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), path.join(ROOT, "scripts", "start.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", SEED_DEMO: "", PORT: "1" },
      encoding: "utf8",
      timeout: 90_000,
    });
    expect(started.status).not.toBe(0);
    const output = `${started.stdout}\n${started.stderr}`;
    expect(output).toMatch(/active demo accounts whose password is public: deactivate or delete them/);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(output).not.toContain("Portal on");
  }, 120_000);
});
