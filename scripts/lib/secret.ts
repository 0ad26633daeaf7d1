import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../lib/db/schema-engine";

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in .data/. */
export function sessionSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(ROOT, ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
