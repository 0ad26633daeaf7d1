// A signed-in user chooses a new password — required at first sign-in of an account an administrator
// opened or reset (User.mustChangePassword). The current password is asked again (a borrowed session
// must not take the account over); the new one follows the self-registration policy and must differ.
// Every session of the user ends (sessionVersion is raised, audited); the caller starts a fresh one.
// The current password is a password check like a sign-in (L4 of issue 16, docs/decisions/0274): a
// wrong one is audited and counts towards the account's lock (lib/auth/lock.ts), a locked account
// cannot change its password, and guesses are taken one at a time under sign-in's per-username lock.
// The caller puts the per-address throttle (lib/auth/throttle.ts) in front, as sign-in does.
import type { Db } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./common-passwords";
import { endSessions } from "./end-sessions";
import { countingFailures, holdSignInLock, MAX_FAILURES, PASSWORD_CHANGE_FAILED_ACTION } from "./lock";
import type { ClientInfo } from "./authenticate";

export type ChangePasswordResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; errors: { field: "current" | "password" | "confirm"; message: MessageKey }[] };

const POLICY = {
  TOO_SHORT: "apply.registerError.passwordShort",
  TOO_LONG: "apply.registerError.passwordLong",
  COMMON: "apply.registerError.passwordCommon",
} as const;

type CurrentCheck = "RIGHT" | "WRONG" | "LOCKED_NOW" | "LOCKED";

/** The current password, checked as sign-in checks one: counted, audited, refused while locked. */
async function checkCurrent(options: {
  db: Db;
  user: { id: string; username: string; passwordHash: string };
  current: string;
  now: Date;
  client?: ClientInfo;
}): Promise<CurrentCheck> {
  const { db, user, now } = options;
  const client = { address: options.client?.address?.slice(0, 64) ?? null, userAgent: options.client?.userAgent?.slice(0, 200) ?? null };
  return db.$transaction(
    async (tx) => {
      // The same advisory lock as authenticate.ts: sign-ins and changes of one username queue together.
      await holdSignInLock({ tx, username: user.username });
      const failures = await countingFailures({ db: tx, username: user.username, now });
      const record = (action: string) =>
        tx.auditEvent.create({
          data: { at: now, actorId: user.id, action, entityType: "User", entityId: user.id, data: { username: user.username, ...client } },
        });
      if (failures >= MAX_FAILURES) {
        await record("auth.password-change-locked");
        return "LOCKED" as const;
      }
      if (await verifyPassword(options.current, user.passwordHash)) return "RIGHT" as const;
      await record(PASSWORD_CHANGE_FAILED_ACTION);
      return failures + 1 >= MAX_FAILURES ? ("LOCKED_NOW" as const) : ("WRONG" as const);
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}

export async function changePassword(options: {
  db: Db;
  userId: string;
  input: { current: string; password: string; confirm: string };
  now?: Date;
  client?: ClientInfo;
}): Promise<ChangePasswordResult> {
  const { db, input } = options;
  const errors: Extract<ChangePasswordResult, { ok: false }>["errors"] = [];
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user || !user.active) return { ok: false, errors: [{ field: "current", message: "admin.passwordForm.currentWrong" }] };
  // An empty field guesses nothing: said, not counted.
  const check = input.current
    ? await checkCurrent({ db, user, current: input.current, now: options.now ?? new Date(), client: options.client })
    : "WRONG";
  if (check === "LOCKED") return { ok: false, errors: [{ field: "current", message: "admin.passwordForm.locked" }] };
  if (check === "LOCKED_NOW") return { ok: false, errors: [{ field: "current", message: "admin.passwordForm.lockedNow" }] };
  if (check === "WRONG") errors.push({ field: "current", message: "admin.passwordForm.currentWrong" });
  const problem = passwordProblem(input.password);
  if (problem) errors.push({ field: "password", message: POLICY[problem] });
  else if (input.password === input.current) errors.push({ field: "password", message: "admin.passwordForm.sameAsOld" });
  else if (input.password !== input.confirm) errors.push({ field: "confirm", message: "apply.registerError.passwordMismatch" });
  if (errors.length) return { ok: false, errors };
  const passwordHash = await hashPassword(input.password);
  const updated = await db.$transaction(async (tx) => {
    // Only if nobody changed it meanwhile (a second tab, an administrator's reset).
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash, mustChangePassword: false },
    });
    if (count === 0) return null;
    await endSessions({ db: tx, userId: user.id, actorId: user.id, action: "auth.password-change" });
    return tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, displayName: true, sessionVersion: true } });
  });
  if (!updated) return { ok: false, errors: [{ field: "current", message: "admin.passwordForm.currentWrong" }] };
  return { ok: true, user: { id: updated.id, name: updated.displayName, sessionVersion: updated.sessionVersion } };
}
