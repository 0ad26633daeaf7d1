// An administrator's changes to an existing account, each one transaction with its audit row:
// edit (name, role, scope), deactivate (ends every session), reactivate, force a password reset
// (must change at next sign-in; ends every session; optionally a new one-time password), unlock
// (lifts the sign-in lock: lib/auth/lock.ts). Applicant accounts may only be deactivated,
// reactivated, unlocked, and reset for the resident in person — their identity belongs to the
// registry, not to the admin area.
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/end-sessions";
import { holdSignInLock, isLocked, writeUnlock } from "@/lib/auth/lock";
import { issueCounterPassword } from "@/lib/auth/counter-reset";
import { writeAudit } from "@/lib/audit/write-audit";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import {
  checkBadge,
  checkScope,
  keepAnAdmin,
  lockAdministrators,
  oneTimePassword,
  refuse,
  scopeSchema,
  type AdminResult,
} from "./user-rules";

interface Target {
  db: Db;
  actor: Actor;
  userId: string;
}

const uuid = z.uuid();

async function findTarget(tx: Prisma.TransactionClient, userId: string) {
  if (!uuid.safeParse(userId).success) return null;
  // A second change of the same account waits for this one. NO KEY UPDATE: audit rows naming this
  // user as their actor (a foreign key) may still be written meanwhile.
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
  return rows.length ? tx.user.findUniqueOrThrow({ where: { id: userId } }) : null;
}

export const editUserSchema = scopeSchema.extend({ displayName: z.string().default(""), badgeNumber: z.string().max(100).default("") });
export type EditUserInput = z.input<typeof editUserSchema>;

export async function editStaffUser(options: Target & { input: EditUserInput }): Promise<AdminResult> {
  const actor = requirePermission(options.actor, "manage:user:any");
  const input = editUserSchema.parse(options.input);
  const displayName = input.displayName.trim();
  return options.db.$transaction(async (tx) => {
    await lockAdministrators(tx);
    const user = await findTarget(tx, options.userId);
    if (!user) return refuse("admin.error.notFound");
    if (user.role === "APPLICANT") return refuse("admin.error.applicantReadOnly");
    const { scope, errors } = await checkScope({ tx, input });
    if (!displayName) errors.push({ field: "displayName", message: "admin.error.displayNameRequired" });
    else if (displayName.length > 40) errors.push({ field: "displayName", message: "admin.error.displayNameLong" });
    const badge = await checkBadge({ tx, input: input.badgeNumber, exceptUserId: user.id });
    errors.push(...badge.errors);
    if (errors.length || !scope) return { ok: false as const, errors };
    if (user.role === "ADMIN" && scope.role !== "ADMIN") {
      if (user.id === actor.id) return refuse("admin.error.selfDemote", "role");
      const problem = await keepAnAdmin({ tx, actorId: actor.id, targetId: user.id });
      if (problem) return { ok: false as const, errors: [problem] };
    }
    const before = {
      displayName: user.displayName,
      badgeNumber: user.badgeNumber,
      role: user.role,
      stationId: user.stationId,
      jurisdictionId: user.jurisdictionId,
      stationLead: user.stationLead,
    };
    const after = { displayName, badgeNumber: badge.badgeNumber, ...scope };
    await tx.user.update({ where: { id: user.id }, data: after });
    await writeAudit({
      tx,
      event: { actorId: actor.id, action: "admin.user-update", entityType: "User", entityId: user.id, data: { before, after } },
    });
    return { ok: true as const };
  }, TX_OPTIONS);
}

export async function deactivateUser(options: Target): Promise<AdminResult> {
  const actor = requirePermission(options.actor, "manage:user:any");
  return options.db.$transaction(async (tx) => {
    await lockAdministrators(tx);
    const user = await findTarget(tx, options.userId);
    if (!user) return refuse("admin.error.notFound");
    if (user.id === actor.id) return refuse("admin.error.selfDeactivate");
    if (!user.active) return refuse("admin.error.alreadyInactive");
    const problem = await keepAnAdmin({ tx, actorId: actor.id, targetId: user.id });
    if (problem) return { ok: false as const, errors: [problem] };
    await tx.user.update({ where: { id: user.id }, data: { active: false } });
    // Raises sessionVersion and writes the audit row: every token of the user is refused from now on.
    await endSessions({ db: tx, userId: user.id, actorId: actor.id, action: "admin.user-deactivate" });
    return { ok: true as const };
  }, TX_OPTIONS);
}

export async function reactivateUser(options: Target): Promise<AdminResult> {
  const actor = requirePermission(options.actor, "manage:user:any");
  return options.db.$transaction(async (tx) => {
    const user = await findTarget(tx, options.userId);
    if (!user) return refuse("admin.error.notFound");
    if (user.active) return refuse("admin.error.alreadyActive");
    await tx.user.update({ where: { id: user.id }, data: { active: true } });
    await writeAudit({ tx, event: { actorId: actor.id, action: "admin.user-reactivate", entityType: "User", entityId: user.id } });
    return { ok: true as const };
  }, TX_OPTIONS);
}

/**
 * Must change the password at next sign-in; every session ends now. With `issuePassword`, the old
 * password stops working too. An applicant's password is reset only for the resident in person, after
 * the ID card was checked (`identityChecked`), and always with a new one-time password — the counter
 * reset of lib/auth/counter-reset.ts, audited the same way.
 */
export async function forcePasswordReset(
  options: Target & { issuePassword: boolean; identityChecked?: boolean; now?: Date },
): Promise<AdminResult<{ oneTimePassword: string | null }>> {
  const actor = requirePermission(options.actor, "manage:user:any");
  const now = options.now ?? new Date();
  // Hashed before the transaction (scrypt is slow); an applicant always gets one, so make it either way.
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return options.db.$transaction(async (tx) => {
    const user = await findTarget(tx, options.userId);
    if (!user) return refuse("admin.error.notFound");
    if (user.role === "APPLICANT") {
      if (!options.identityChecked) return refuse("counterReset.error.identityNotChecked", "identityChecked");
      await issueCounterPassword({ tx, actor, user, passwordHash, now });
      return { ok: true as const, oneTimePassword: password };
    }
    const issued = options.issuePassword ? password : null;
    await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: true, ...(issued ? { passwordHash } : {}) } });
    await endSessions({
      db: tx,
      userId: user.id,
      actorId: actor.id,
      action: issued ? "admin.user-password-issued" : "admin.user-password-reset",
    });
    return { ok: true as const, oneTimePassword: issued };
  }, TX_OPTIONS);
}

/** Lifts the sign-in lock: failures before this moment stop counting (lib/auth/lock.ts). */
export async function unlockUser(options: Target & { now?: Date }): Promise<AdminResult> {
  const actor = requirePermission(options.actor, "manage:user:any");
  const now = options.now ?? new Date();
  return options.db.$transaction(async (tx) => {
    const user = await findTarget(tx, options.userId);
    if (!user) return refuse("admin.error.notFound");
    // The same lock authenticate() takes: a sign-in attempt and the unlock do not interleave.
    await holdSignInLock({ tx, username: user.username });
    if (!(await isLocked({ db: tx, username: user.username, now }))) return refuse("admin.error.notLocked");
    await writeUnlock({ tx, actorId: actor.id, user, at: now });
    return { ok: true as const };
  }, TX_OPTIONS);
}
