// Least privilege in the database (docs/decisions/0027). Migrations and the demo seed run as the
// owner of the tables; the portal itself connects as `hukou_app`, a login role that owns nothing in
// the registry: it may read and write rows, but not change a table, drop a trigger, or UPDATE,
// DELETE or TRUNCATE the audit trail — so someone who takes over the portal's connection still
// cannot rewrite history. The one schema it owns is pg-boss's job queue (`pgboss`), whose library
// creates a table per queue as it runs.
//
// Called after every migration run, so tables added by a new migration are granted too.
import { Client } from "pg";
import { JOB_SCHEMA } from "../jobs/schema-name";

export const APP_ROLE = "hukou_app";

export class AppRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AppRoleError";
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Creates or updates the portal's role `hukou_app` with `password` (letters and digits only, so it
 * can be written into the statement) and grants it exactly what the portal needs. Returns the URL
 * the portal should use: the owner's URL with the role's name and password.
 */
export async function ensureAppRole(options: { ownerUrl: string; password: string }): Promise<string> {
  if (!/^[A-Za-z0-9]{16,}$/.test(options.password))
    throw new AppRoleError("The portal role's password must be 16 or more letters and digits.");
  await grantAppRole({ ownerUrl: options.ownerUrl, role: APP_ROLE, password: options.password });
  const url = new URL(options.ownerUrl);
  url.username = APP_ROLE;
  url.password = options.password;
  return url.toString();
}

/**
 * Grants `role` what the portal needs, as the owner. With `password` the role is created or its
 * password set (the owner needs CREATEROLE); without, the role must exist (APP_DATABASE_URL's user).
 */
export async function grantAppRole(options: { ownerUrl: string; role: string; password?: string }): Promise<void> {
  const role = options.role;
  const client = new Client({ connectionString: options.ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string; superuser: boolean; canCreate: boolean }>(
      'SELECT current_database() AS db, rolsuper AS superuser, (rolsuper OR rolcreaterole) AS "canCreate" FROM pg_roles WHERE rolname = current_user',
    );
    const { db, superuser, canCreate } = rows[0];
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount === 1;
    if (!exists && (!canCreate || options.password === undefined)) {
      throw new AppRoleError(
        `The database user cannot create the portal's role "${role}": create it (CREATE ROLE ${role} LOGIN PASSWORD '…'), or give that user CREATEROLE, then start again.`,
      );
    }
    const r = ident(role);
    await client.query("BEGIN");
    if (options.password !== undefined) {
      if (!canCreate)
        throw new AppRoleError(
          `The database user cannot set the password of "${role}": give it CREATEROLE, or set APP_DATABASE_URL to a role you manage.`,
        );
      await client.query(
        `${exists ? "ALTER" : "CREATE"} ROLE ${r} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${options.password}'`,
      );
    }
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${ident(db)} TO ${r}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${r}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`);
    // The audit trail is append-only for the portal: the trigger says so too, but a role that may
    // not UPDATE cannot even try, and one that owns no table cannot disable the trigger.
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM ${r}`);
    await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${r}`);
    // The registry's population summary is kept only by the registry's own (SECURITY DEFINER) triggers,
    // so it cannot drift from the registry: the portal reads it (decision record 0212).
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "RegistryPopulationDelta" FROM ${r}`);
    // pg-boss keeps its queue in its own schema and creates tables in it while it runs.
    const jobs = ident(JOB_SCHEMA);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${jobs}`);
    // Handing a schema to a role takes membership in it, which a superuser has already.
    if (!superuser) await client.query(`GRANT ${r} TO current_user`);
    await client.query(`ALTER SCHEMA ${jobs} OWNER TO ${r}`);
    // A queue schema that an older start created as the owner is handed over whole.
    const owned = await client.query<{ kind: string; name: string }>(
      `SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END AS kind, c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'S', 'v') AND pg_get_userbyid(c.relowner) <> $2`,
      [JOB_SCHEMA, role],
    );
    for (const { kind, name } of owned.rows) await client.query(`ALTER ${kind} ${jobs}.${ident(name)} OWNER TO ${r}`);
    const types = await client.query<{ name: string }>(
      `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> $2`,
      [JOB_SCHEMA, role],
    );
    for (const { name } of types.rows) await client.query(`ALTER TYPE ${jobs}.${ident(name)} OWNER TO ${r}`);
    const functions = await client.query<{ signature: string }>(
      `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = $1 AND pg_get_userbyid(p.proowner) <> $2`,
      [JOB_SCHEMA, role],
    );
    for (const { signature } of functions.rows) await client.query(`ALTER FUNCTION ${signature} OWNER TO ${r}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
