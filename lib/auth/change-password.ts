// A signed-in user chooses a new password — required at first sign-in of an account an administrator
// opened or reset (User.mustChangePassword). The current password is asked again (a borrowed session
// must not take the account over); the new one follows the self-registration policy and must differ.
// Every session of the user ends (sessionVersion is raised, audited); the caller starts a fresh one.
import type { Db } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./common-passwords";
import { endSessions } from "./end-sessions";

export type ChangePasswordResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; errors: { field: "current" | "password" | "confirm"; message: MessageKey }[] };

const POLICY = { TOO_SHORT: "apply.r.passwordShort", TOO_LONG: "apply.r.passwordLong", COMMON: "apply.r.passwordCommon" } as const;

export async function changePassword(options: { db: Db; userId: string; input: { current: string; password: string; confirm: string } }): Promise<ChangePasswordResult> {
  const { db, input } = options;
  const errors: Extract<ChangePasswordResult, { ok: false }>["errors"] = [];
  const user = await db.user.findUnique({ where: { id: options.userId } });
  if (!user || !user.active) return { ok: false, errors: [{ field: "current", message: "adminArea.pw.currentWrong" }] };
  if (!input.current || !(await verifyPassword(input.current, user.passwordHash))) errors.push({ field: "current", message: "adminArea.pw.currentWrong" });
  const problem = passwordProblem(input.password);
  if (problem) errors.push({ field: "password", message: POLICY[problem] });
  else if (input.password === input.current) errors.push({ field: "password", message: "adminArea.pw.sameAsOld" });
  else if (input.password !== input.confirm) errors.push({ field: "confirm", message: "apply.r.passwordMismatch" });
  if (errors.length) return { ok: false, errors };
  const passwordHash = await hashPassword(input.password);
  const updated = await db.$transaction(async (tx) => {
    // Only if nobody changed it meanwhile (a second tab, an administrator's reset).
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash, mustChangePassword: false } });
    if (count === 0) return null;
    await endSessions({ db: tx, userId: user.id, actorId: user.id, action: "auth.password-change" });
    return tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, displayName: true, sessionVersion: true } });
  });
  if (!updated) return { ok: false, errors: [{ field: "current", message: "adminArea.pw.currentWrong" }] };
  return { ok: true, user: { id: updated.id, name: updated.displayName, sessionVersion: updated.sessionVersion } };
}
