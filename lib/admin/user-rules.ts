// What an administrator may set on a staff account, checked all at once (every problem listed), and
// the guard that keeps at least one active administrator. Shared by create-user.ts and change-user.ts.
import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n";
import { passwordProblem } from "@/lib/auth/common-passwords";

export const STAFF_ROLES = ["CLERK", "SUPERVISOR", "ADMIN"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface AdminProblem {
  /** The form field the problem belongs to; null for the whole form. */
  field: string | null;
  message: MessageKey;
}

export type AdminResult<T = object> = ({ ok: true } & T) | { ok: false; errors: AdminProblem[] };

export const refuse = (message: MessageKey, field: string | null = null) => ({ ok: false as const, errors: [{ field, message }] });

export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export const scopeSchema = z.object({
  role: z.string().default(""),
  stationId: z.string().default(""),
  jurisdictionId: z.string().default(""),
  stationLead: z.boolean().default(false),
});
export type ScopeInput = z.input<typeof scopeSchema>;

export interface Scope {
  role: StaffRole;
  stationId: string | null;
  jurisdictionId: string | null;
  stationLead: boolean;
}

/**
 * The role's scope, read against the tree: a clerk works at one police station (and may be its lead),
 * a supervisor sees one unit's subtree above station level, an administrator has no unit.
 */
export async function checkScope(options: {
  tx: Pick<Prisma.TransactionClient, "jurisdiction">;
  input: ScopeInput;
}): Promise<{ scope: Scope | null; errors: AdminProblem[] }> {
  const input = scopeSchema.parse(options.input);
  const errors: AdminProblem[] = [];
  const role = (STAFF_ROLES as readonly string[]).includes(input.role) ? (input.role as StaffRole) : null;
  if (!role) return { scope: null, errors: [{ field: "role", message: "admin.error.roleRequired" }] };
  const uuid = z.uuid();
  if (role === "CLERK") {
    const station = uuid.safeParse(input.stationId).success
      ? await options.tx.jurisdiction.findUnique({ where: { id: input.stationId }, select: { level: true } })
      : null;
    if (station?.level !== "STATION") errors.push({ field: "stationId", message: "admin.error.stationRequired" });
    return {
      scope: errors.length ? null : { role, stationId: input.stationId, jurisdictionId: null, stationLead: input.stationLead },
      errors,
    };
  }
  if (role === "SUPERVISOR") {
    const unit = uuid.safeParse(input.jurisdictionId).success
      ? await options.tx.jurisdiction.findUnique({ where: { id: input.jurisdictionId }, select: { level: true } })
      : null;
    if (!unit || unit.level === "STATION") errors.push({ field: "jurisdictionId", message: "admin.error.jurisdictionRequired" });
    return { scope: errors.length ? null : { role, stationId: null, jurisdictionId: input.jurisdictionId, stationLead: false }, errors };
  }
  return { scope: { role, stationId: null, jurisdictionId: null, stationLead: false }, errors };
}

const PASSWORD_MESSAGES = {
  TOO_SHORT: "apply.registerError.passwordShort",
  TOO_LONG: "apply.registerError.passwordLong",
  COMMON: "apply.registerError.passwordCommon",
} as const;

/** The self-registration policy (lib/auth/common-passwords.ts), for a password an administrator types. */
export function passwordProblemKey(password: string): MessageKey | null {
  const problem = passwordProblem(password);
  return problem ? PASSWORD_MESSAGES[problem] : null;
}

// No 0/O, 1/l/I: the password is read aloud or copied off a screen once.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password: 3 groups of 4 from a 56-letter alphabet (about 70 bits), e.g. "Xk7q-9mPz-a2Rt". */
export function oneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}

/**
 * Serialises every change that could remove an active administrator (deactivation, a change of role):
 * one transaction-scoped advisory lock, taken FIRST in the transaction — before any row lock, or two
 * administrators removing each other would each hold the other's row and wait for the lock (the audit
 * row's foreign key to its actor needs a share lock on the actor's row): a deadlock.
 */
export async function lockAdministrators(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('admin:last-active-admin', 0))`;
}

/**
 * Refuses to leave the portal without an active administrator. Called under lockAdministrators, so
 * two administrators removing each other at the same moment are taken one after the other: the second
 * finds the first already gone and is refused (docs/decisions/0220). Also refuses when the acting
 * administrator has meanwhile been deactivated.
 */
export async function keepAnAdmin(options: {
  tx: Prisma.TransactionClient;
  actorId: string;
  targetId: string;
}): Promise<AdminProblem | null> {
  const { tx } = options;
  const actor = await tx.user.findUnique({ where: { id: options.actorId }, select: { active: true, role: true } });
  if (!actor?.active || actor.role !== "ADMIN") return { field: null, message: "admin.error.actorInactive" };
  const target = await tx.user.findUnique({ where: { id: options.targetId }, select: { active: true, role: true } });
  if (!target?.active || target.role !== "ADMIN") return null;
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: options.targetId } } });
  return others === 0 ? { field: null, message: "admin.error.lastAdmin" } : null;
}

/** A 警号 as typed: six digits (full-width digits from a Chinese input method are read as ASCII). */
export const BADGE = /^\d{6}$/;

/**
 * Checks an optional 警号 for a staff account: empty means none; else six digits, not held by another
 * account (`exceptUserId`: the account being edited). The unique index is the last word on a race.
 */
export async function checkBadge(options: {
  tx: Pick<Prisma.TransactionClient, "user">;
  input: string;
  exceptUserId?: string;
}): Promise<{ badgeNumber: string | null; errors: AdminProblem[] }> {
  const badgeNumber = options.input.normalize("NFKC").replace(/\s+/g, "");
  if (!badgeNumber) return { badgeNumber: null, errors: [] };
  if (!BADGE.test(badgeNumber)) return { badgeNumber: null, errors: [{ field: "badgeNumber", message: "admin.error.badgeFormat" }] };
  const holder = await options.tx.user.findUnique({ where: { badgeNumber }, select: { id: true } });
  if (holder && holder.id !== options.exceptUserId)
    return { badgeNumber: null, errors: [{ field: "badgeNumber", message: "admin.error.badgeTaken" }] };
  return { badgeNumber, errors: [] };
}

/** Which unique column a P2002 error is about (the adapter names the constraint or the fields). */
export function uniqueViolationOn(error: { meta?: unknown }, column: string): boolean {
  return JSON.stringify(error.meta ?? {}).includes(column);
}
