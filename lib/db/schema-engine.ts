// Migrations through Prisma's WebAssembly schema engine (the native engine cannot be
// downloaded on our machines; see docs/decisions/0002-migrations-wasm-engine.md).
// It records applied migrations in `_prisma_migrations` exactly as `prisma migrate deploy`
// does, so a machine with the native CLI can manage the same folder.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

const require = createRequire(import.meta.url);

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

type Glue = Record<string, unknown> & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
  SchemaEngine: {
    new: (options: unknown, log: (msg: string) => void, adapter: unknown) => Promise<SchemaEngine>;
  };
};

export interface SchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
}

let gluePromise: Promise<Glue> | null = null;

async function loadGlue(): Promise<Glue> {
  // A panic inside the engine reports its message here before the call rejects.
  const g = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message: (m: string) => void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => console.error(`Prisma schema engine panicked: ${message}`),
  };
  // The package entry imports the .wasm as an ES module, which Node rejects: load the JS glue
  // and instantiate the WebAssembly ourselves.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(gluePath)) as Glue;
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * The pg adapter's executeScript splits scripts on every ";", which breaks on semicolons in
 * comments, strings and PL/pgSQL bodies. Send the whole migration as one simple-protocol query
 * instead: PostgreSQL parses it properly and runs it as one implicit transaction, so a failing
 * migration leaves nothing half-applied.
 */
function wholeScripts(adapter: PgAdapter): PgAdapter {
  // The engine introspects pg_catalog columns of the internal type "char" (OID 18), such as
  // pg_constraint.contype, which the adapter cannot map. pg returns them as strings already:
  // let the adapter map them as text, then report them to the engine as Character.
  const io = adapter as unknown as {
    performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
    queryRaw: (q: unknown) => Promise<{ columnTypes: number[]; rows: unknown[] }>;
  };
  const charColumns = new WeakMap<object, number[]>();
  const performIO = io.performIO.bind(adapter);
  io.performIO = async (query) => {
    const result = await performIO(query);
    const found: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        found.push(i);
      }
    });
    if (found.length) charColumns.set(result.rows, found);
    return result;
  };
  const queryRaw = io.queryRaw.bind(adapter);
  io.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
    }
  };
  return adapter;
}

/**
 * PrismaPg's own connectToShadowDb spreads `database` next to `connectionString`, and pg lets
 * the connection string win, so the "shadow" would be the real database. Make the shadow
 * database ourselves, address it by URL, and drop it when the engine is done with it.
 */
function migrationAdapterFactory(databaseUrl: string) {
  const pg = new PrismaPg({ connectionString: databaseUrl });
  return {
    provider: pg.provider as "postgres",
    adapterName: pg.adapterName,
    connect: async () => wholeScripts(await pg.connect()),
    connectToShadowDb: async () => {
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      const admin = await pg.connect();
      await admin.underlyingDriver().query(`CREATE DATABASE "${name}"`);
      const url = new URL(databaseUrl);
      url.pathname = `/${name}`;
      const shadow = await new PrismaPg({ connectionString: url.toString() }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await shadow
          .underlyingDriver()
          .end()
          .catch(() => {});
        await admin.underlyingDriver().query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
        await admin
          .underlyingDriver()
          .end()
          .catch(() => {});
      };
      return wholeScripts(shadow);
    },
  };
}

export async function openSchemaEngine(databaseUrl: string, log: (m: string) => void = () => {}): Promise<SchemaEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const factory = bindMigrationAwareSqlAdapterFactory(migrationAdapterFactory(databaseUrl));
  return glue.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, factory);
}

export function readMigrations() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
            : { tag: "error" as const, value: "missing migration.sql" },
        },
      };
    }),
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function applyPendingMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl);
  try {
    const out = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTERS });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that turns the schema produced by the checked-in migrations into prisma/schema.prisma. */
export async function diffMigrationsToSchema(databaseUrl: string, schemaText?: string): Promise<string> {
  const engine = await openSchemaEngine(databaseUrl);
  try {
    const from = readMigrations().migrationDirectories.length ? { tag: "migrations", ...readMigrations() } : { tag: "empty" };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schemaText ?? fs.readFileSync(SCHEMA_PATH, "utf8") }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (result.stdout ?? "").trim();
  } finally {
    engine.free();
  }
}

/** True when a diff script contains statements (the engine prints a comment for an empty diff). */
export function diffIsEmpty(sql: string): boolean {
  return (
    sql
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("--")).length === 0
  );
}
