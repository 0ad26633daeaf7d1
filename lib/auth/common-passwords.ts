// The password policy of self-registered accounts: at least 10 characters, at most 200, and none of the
// 1,000 most common passwords (common-passwords.txt, compared case-insensitively: "Password123" is as
// guessable as "password123"). Length beats composition rules (NIST SP 800-63B §5.1.1.2).
import fs from "node:fs";
import path from "node:path";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

let common: ReadonlySet<string> | null = null;

/** The list, read once from the data file shipped in the repository. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    fs
      .readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#")),
  );
  return common;
}

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "COMMON";

/** Why a password is refused, or null when it may be used. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password.normalize("NFKC")].length;
  if (length < MIN_PASSWORD_LENGTH) return "TOO_SHORT";
  if (length > MAX_PASSWORD_LENGTH) return "TOO_LONG";
  if (commonPasswords().has(password.normalize("NFKC").toLowerCase())) return "COMMON";
  return null;
}
