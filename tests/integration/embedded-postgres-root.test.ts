// The start path from a folder the postgres system user cannot enter (a clone under /root, any
// chmod 700 folder): as root, the data directory must move somewhere that user can reach, and the
// server must start and answer. Runs where the tests run as root (CI does); skipped otherwise.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { findFreePort, LEGACY_OWNER_PASSWORD, ownerPasswordFile, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "hukou-0700-"));
const home = fs.mkdtempSync(path.join(os.tmpdir(), "hukou-pg-home-"));

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(home, { recursive: true, force: true });
});

describe.runIf(asRoot)("embedded PostgreSQL started by root from a 0700 folder", () => {
  it("keeps its data where the postgres user can reach it, and answers", async () => {
    fs.chmodSync(work, 0o700);
    fs.chmodSync(home, 0o755);
    const saved = process.env.EMBEDDED_PG_HOME;
    process.env.EMBEDDED_PG_HOME = home;
    try {
      const dataDir = path.join(work, "project", ".data", "pg");
      const db = await startEmbeddedPostgres({ dataDir, port: await findFreePort(55800), database: "check", persistent: false });
      try {
        const client = new Client({ connectionString: db.url });
        await client.connect();
        const { rows } = await client.query("SELECT current_setting('data_directory') AS dir");
        await client.end();
        expect(rows[0].dir.startsWith(path.join(home, "data") + path.sep)).toBe(true);
        expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(false);
        // Issue 16 L9: a throw-away cluster's owner password is random and written nowhere.
        const password = decodeURIComponent(new URL(db.url).password);
        expect(password).not.toBe(LEGACY_OWNER_PASSWORD);
        expect(password).toMatch(/^[0-9a-f]{48}$/);
        expect(fs.existsSync(ownerPasswordFile(rows[0].dir))).toBe(false);
      } finally {
        await db.stop();
      }
    } finally {
      if (saved === undefined) delete process.env.EMBEDDED_PG_HOME;
      else process.env.EMBEDDED_PG_HOME = saved;
    }
  }, 120_000);
});
