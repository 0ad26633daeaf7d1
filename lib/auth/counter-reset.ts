// The counter reset of a forgotten password (issue 15, item 5; docs/decisions/0240). The resident
// comes to a 户籍窗口 with the original ID card; the hukou officer checks it against the person, types
// the username or citizen ID and the name on the card, ticks that the card was checked, and gets a
// one-time password to hand over. The account must change it at first sign-in (mustChangePassword),
// every old session ends, a sign-in lock is lifted, and one audit row records who did it, where, and
// that the card was checked — never the password. Officers reset applicant accounts only: a staff
// account's password is the administrators' (lib/admin/change-user.ts), who reset applicants through
// the same issueCounterPassword below.
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n";
import { requirePermission, type Actor } from "./permissions";
import { hashPassword } from "./password";
import { endSessions } from "./end-sessions";
import { countingFailures, holdSignInLock, writeUnlock } from "./lock";
import { normaliseUsername } from "./username";
import { writeAudit } from "@/lib/audit/write-audit";
import { oneTimePassword } from "@/lib/admin/user-rules";
import { sameName } from "@/lib/registry/register-applicant";
import { TX_OPTIONS } from "@/lib/db/tx-options";

export const COUNTER_RESET_ACTION = "auth.counter-password-reset";

/** The form, as posted (a ticked box posts "on"); every problem listed at once, in the form's order. */
export const counterResetSchema = z.object({
  account: z
    .string("counterReset.error.accountRequired")
    .trim()
    .min(1, "counterReset.error.accountRequired")
    .max(64, "counterReset.error.accountLong"),
  name: z.string("counterReset.error.nameRequired").trim().min(1, "counterReset.error.nameRequired").max(40, "counterReset.error.nameLong"),
  identityChecked: z.literal("on", "counterReset.error.identityNotChecked"),
});
export type CounterResetInput = { account?: unknown; name?: unknown; identityChecked?: unknown };

export type CounterResetField = "account" | "name" | "identityChecked";
/**
 * A reset of an account no clerk had verified: the officer has just checked the original ID card, so the
 * account is now the person's (identityVerifiedAt set) and whoever registered it before — possibly with a
 * copy of the card — is out (password replaced, sessions ended). Its open applications stay, listed for
 * the officer to go through with the person, who withdraws any they did not make (decision 0258).
 */
export type Reclaim = { openApplications: { id: string; number: string; kind: string; status: string }[] };
export const RECLAIM_ACTION = "person.identity-reclaimed";

export type CounterResetResult =
  | { ok: true; userId: string; name: string; oneTimePassword: string; reclaimed: Reclaim | null }
  | { ok: false; errors: { field: CounterResetField; message: MessageKey }[] };

const refuse = (field: CounterResetField, message: MessageKey) => ({ ok: false as const, errors: [{ field, message }] });

/**
 * Inside the caller's transaction, on an applicant account whose row it holds: the new password (hashed
 * before the transaction: scrypt is slow on purpose), the forced change, the lock lifted, every session
 * ended — with the one audit row saying who, in which role and station, and that the card was checked.
 */
export async function issueCounterPassword(options: {
  tx: Prisma.TransactionClient;
  actor: Actor;
  user: { id: string; username: string };
  passwordHash: string;
  now: Date;
}): Promise<{ unlocked: boolean }> {
  const { tx, actor, user, now } = options;
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: options.passwordHash, mustChangePassword: true } });
  // The resident has proved who they are: a lock from their own guesses would only keep them out
  // for the rest of the window. The same advisory lock authenticate() takes, so no attempt interleaves.
  await holdSignInLock({ tx, username: user.username });
  const unlocked = (await countingFailures({ db: tx, username: user.username, now })) > 0;
  if (unlocked) await writeUnlock({ tx, actorId: actor.id, user, at: now });
  await endSessions({
    db: tx,
    userId: user.id,
    actorId: actor.id,
    action: COUNTER_RESET_ACTION,
    data: { role: actor.role, stationId: actor.stationId, identityChecked: true, unlocked },
  });
  return { unlocked };
}

export async function resetApplicantPassword(options: {
  db: Db;
  actor: Actor;
  input: CounterResetInput;
  now?: Date;
}): Promise<CounterResetResult> {
  const actor = requirePermission(options.actor, "reset:password:any");
  const now = options.now ?? new Date();
  const parsed = counterResetSchema.safeParse(options.input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ field: i.path[0] as CounterResetField, message: i.message as MessageKey })),
    };
  }
  // The resident's username is the ID number; the demo's older accounts have another, so the number finds them too.
  const account = normaliseUsername(parsed.data.account);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return options.db.$transaction(async (tx) => {
    const found =
      (await tx.user.findUnique({ where: { username: account }, select: { id: true } })) ??
      (await tx.user.findFirst({ where: { role: "APPLICANT", person: { citizenId: account } }, select: { id: true } }));
    if (!found) return refuse("account", "counterReset.error.notFound");
    // A second reset of the same account (two counters, a double click) waits for this one.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${found.id}::uuid FOR NO KEY UPDATE`;
    const user = await tx.user.findUniqueOrThrow({ where: { id: found.id }, include: { person: { select: { name: true } } } });
    if (user.role !== "APPLICANT") return refuse("account", "counterReset.error.staff");
    if (!user.active) return refuse("account", "counterReset.error.inactive");
    const registered = user.person?.name ?? user.displayName;
    if (!sameName(registered, parsed.data.name)) return refuse("name", "counterReset.error.nameMismatch");
    await issueCounterPassword({ tx, actor, user, passwordHash, now });
    let reclaimed: Reclaim | null = null;
    if (!user.identityVerifiedAt) {
      await tx.user.update({ where: { id: user.id }, data: { identityVerifiedAt: now } });
      const openApplications = await tx.application.findMany({
        where: { applicantUserId: user.id, status: { in: ["DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"] } },
        orderBy: { createdAt: "asc" },
        select: { id: true, number: true, kind: true, status: true },
      });
      reclaimed = { openApplications };
      await writeAudit({
        tx,
        event: {
          actorId: actor.id,
          action: RECLAIM_ACTION,
          entityType: "User",
          entityId: user.id,
          at: now,
          data: {
            role: actor.role,
            stationId: actor.stationId,
            identityChecked: true,
            openApplications: openApplications.map((a) => a.number),
          },
        },
      });
    }
    return { ok: true as const, userId: user.id, name: registered, oneTimePassword: password, reclaimed };
  }, TX_OPTIONS);
}
