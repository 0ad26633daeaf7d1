// Checks a username and password. Every attempt is audited (with the client's address and user
// agent); after MAX_FAILURES failed attempts for one username within LOCK_WINDOW_MS, sign-in for
// that username is refused until the window has passed (or an administrator unlocks it), even with
// the right password.
// Count, check and record happen under one transaction-scoped advisory lock per username, so
// parallel guesses are taken one at a time: the sixth finds five failures recorded (0009).
import { z } from "zod";
import type { Db } from "@/lib/db";
import { DUMMY_HASH, verifyPassword } from "./password";
import type { Role } from "./permissions";
import { countingFailures, holdSignInLock, MAX_FAILURES } from "./lock";
import { normaliseUsername } from "./username";

export { LOCK_WINDOW_MS, MAX_FAILURES } from "./lock";

// Control characters never belong in a username (a NUL would reach PostgreSQL, which refuses it).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
}

export type AuthenticateResult =
  | { ok: true; user: { id: string; name: string; role: Role; sessionVersion: number; mustChangePassword: boolean } }
  // attemptsLeft: failures still allowed before the username locks (0: this one locked it). It is
  // counted per username typed, known or not, so it tells nothing the lock itself does not.
  | { ok: false; reason: "INVALID"; attemptsLeft: number }
  | { ok: false; reason: "LOCKED" };

/** What is safe to store of what someone typed as a username. */
function printable(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD").slice(0, 64);
}

function clientData(client: ClientInfo | undefined) {
  return { address: client?.address?.slice(0, 64) ?? null, userAgent: client?.userAgent?.slice(0, 200) ?? null };
}

/**
 * `allowDemo`: whether a demo account (User.demo, whose password is public) may sign in — only when the
 * portal runs in demo mode (lib/auth/demo-mode.ts). Refused otherwise, as a wrong password is.
 */
export async function authenticate(options: {
  db: Db;
  input: unknown;
  now: Date;
  client?: ClientInfo;
  allowDemo?: boolean;
}): Promise<AuthenticateResult> {
  const { db, now } = options;
  const parsed = credentialsSchema.safeParse(options.input);
  if (!parsed.success) return { ok: false, reason: "INVALID", attemptsLeft: MAX_FAILURES };
  const { password } = parsed.data;
  // An ID number typed with a small x (or full-width digits) is the account's own username (item 10 of issue 15).
  const typed = normaliseUsername(parsed.data.username);
  const username = printable(typed);
  const client = clientData(options.client);
  const usable = !CONTROL.test(typed);
  return db.$transaction(
    async (tx) => {
      await holdSignInLock({ tx, username: username });
      // Failures before an administrator's unlock no longer count (lib/auth/lock.ts).
      const recentFailures = await countingFailures({ db: tx, username, now });
      const user = usable ? await tx.user.findUnique({ where: { username } }) : null;
      const record = (action: string, extra: Record<string, string> = {}) =>
        tx.auditEvent.create({
          data: {
            at: now,
            actorId: user?.id ?? null,
            action,
            entityType: "User",
            entityId: user?.id ?? "unknown",
            data: { username, ...client, ...extra },
          },
        });
      if (recentFailures >= MAX_FAILURES) {
        await record("auth.sign-in-locked");
        return { ok: false, reason: "LOCKED" } as const;
      }
      // Verify against a dummy hash when the user is unknown, so response time does not tell.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      const demoRefused = Boolean(user?.demo) && options.allowDemo !== true;
      if (!user || !passwordOk || !user.active || demoRefused) {
        await record("auth.sign-in-failed", user && passwordOk && user.active && demoRefused ? { reason: "demo-account" } : {});
        return { ok: false, reason: "INVALID", attemptsLeft: Math.max(0, MAX_FAILURES - recentFailures - 1) } as const;
      }
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await record("auth.sign-in");
      return {
        ok: true,
        user: {
          id: user.id,
          name: user.displayName,
          role: user.role,
          sessionVersion: user.sessionVersion,
          mustChangePassword: user.mustChangePassword,
        },
      } as const;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
