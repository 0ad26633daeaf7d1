// Issue 16 L9: the embedded PostgreSQL's owner (a superuser) had one password for every clone, written
// in the source, so any local process could open the whole database. Its password is now generated
// per cluster into a 0600 file beside the data directory, never printed; a cluster made with the old
// constant gets a generated one at its next start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "pg";
import { findFreePort, LEGACY_OWNER_PASSWORD, ownerPasswordFile, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "hukou-owner-"));
fs.chmodSync(work, 0o755);
const dataDir = path.join(work, ".data", "pg");
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function canConnect(port: number, password: string): Promise<boolean> {
  const client = new Client({ host: "127.0.0.1", port, user: "hukou", password, database: "postgres" });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

describe("the embedded PostgreSQL owner's password", () => {
  it("is generated per cluster into a 0600 file, kept across starts, never logged; an old cluster's constant is replaced", async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const port = await findFreePort(56100 + Math.floor(Math.random() * 500));
    const file = ownerPasswordFile(dataDir);

    // First start: a new cluster with a generated password.
    let db = await startEmbeddedPostgres({ dataDir, port, database: "owner_check", log });
    let password: string;
    try {
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      password = fs.readFileSync(file, "utf8").trim();
      expect(password).toMatch(/^[0-9a-f]{48}$/);
      expect(decodeURIComponent(new URL(db.url).password)).toBe(password);
      expect(await canConnect(port, LEGACY_OWNER_PASSWORD)).toBe(false);
      expect(await canConnect(port, password)).toBe(true);
    } finally {
      await db.stop();
    }

    // Second start: the same password.
    db = await startEmbeddedPostgres({ dataDir, port, database: "owner_check", log });
    try {
      expect(decodeURIComponent(new URL(db.url).password)).toBe(password);
      // Make it a cluster of before the change: the old constant and no password file.
      const client = new Client({ connectionString: db.url });
      await client.connect();
      await client.query(`ALTER ROLE hukou PASSWORD '${LEGACY_OWNER_PASSWORD}'`);
      await client.end();
      fs.rmSync(file);
    } finally {
      await db.stop();
    }

    // Third start: the old constant is replaced by a generated password.
    db = await startEmbeddedPostgres({ dataDir, port, database: "owner_check", log });
    try {
      const replaced = fs.readFileSync(file, "utf8").trim();
      expect(replaced).toMatch(/^[0-9a-f]{48}$/);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(await canConnect(port, LEGACY_OWNER_PASSWORD)).toBe(false);
      expect(await canConnect(port, replaced)).toBe(true);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      expect((await client.query("SELECT count(*)::int AS n FROM pg_database WHERE datname = 'owner_check'")).rows[0].n).toBe(1);
      await client.end();
      expect(lines.join("\n")).not.toContain(password);
      expect(lines.join("\n")).not.toContain(replaced);
    } finally {
      await db.stop();
    }
  }, 180_000);
  // A throw-away cluster's password (random, in memory only) is checked by embedded-postgres-root.test.ts.
});
