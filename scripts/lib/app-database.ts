// The URL the portal process connects with: never the tables' owner when that can be helped
// (lib/db/app-role.ts, docs/decisions/0027). Scripts that migrate and seed keep the owner's URL.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { AppRoleError, APP_ROLE, ensureAppRole, grantAppRole } from "../../lib/db/app-role";
import { ROOT } from "../../lib/db/schema-engine";

/** The role's password: kept in .data/ for a database that outlives the run, fresh otherwise. */
function rolePassword(persistent: boolean): string {
  if (!persistent) return crypto.randomBytes(24).toString("hex");
  const file = path.join(ROOT, ".data", "app-db-password");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(24).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export async function portalDatabaseUrl(options: {
  ownerUrl: string;
  embedded: boolean;
  persistent: boolean;
  log: (line: string) => void;
}): Promise<string> {
  const given = process.env.APP_DATABASE_URL;
  if (given) {
    await grantAppRole({ ownerUrl: options.ownerUrl, role: decodeURIComponent(new URL(given).username) });
    options.log("• The portal connects with APP_DATABASE_URL (rows only: no DDL, the audit trail append-only)");
    return given;
  }
  try {
    const url = await ensureAppRole({ ownerUrl: options.ownerUrl, password: rolePassword(options.persistent) });
    options.log(`• The portal connects as ${APP_ROLE} (rows only: no DDL, the audit trail append-only)`);
    return url;
  } catch (error) {
    // The embedded database's owner is a superuser, so only someone else's server ends here.
    if (options.embedded || !(error instanceof AppRoleError)) throw error;
    if (process.env.NODE_ENV === "production") throw error;
    options.log(`! ${error.message} Until then the portal connects as the tables' owner.`);
    return options.ownerUrl;
  }
}
