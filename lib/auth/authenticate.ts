// Checks a username and password. Every attempt is audited; after MAX_FAILURES failed attempts
// for one username within LOCK_WINDOW_MS, sign-in for that username is refused until the window
// has passed, even with the right password — guessing gets five tries per quarter hour.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { DUMMY_HASH, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60 * 1000;

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export type AuthenticateResult = { ok: true; user: { id: string; name: string } } | { ok: false; reason: "INVALID" | "LOCKED" };

export async function authenticate(options: { db: Db; input: unknown; now: Date }): Promise<AuthenticateResult> {
  const { db, now } = options;
  const parsed = credentialsSchema.safeParse(options.input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { username, password } = parsed.data;
  const recentFailures = await db.auditEvent.count({
    where: { action: "auth.sign-in-failed", at: { gt: new Date(now.getTime() - LOCK_WINDOW_MS) }, data: { path: ["username"], equals: username } },
  });
  const user = await db.user.findUnique({ where: { username } });
  if (recentFailures >= MAX_FAILURES) {
    await db.auditEvent.create({
      data: { at: now, actorId: user?.id ?? null, action: "auth.sign-in-locked", entityType: "User", entityId: user?.id ?? "unknown", data: { username } },
    });
    return { ok: false, reason: "LOCKED" };
  }
  // Verify against a dummy hash when the user is unknown, so response time does not tell.
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !passwordOk || !user.active) {
    await db.auditEvent.create({
      data: { at: now, actorId: user?.id ?? null, action: "auth.sign-in-failed", entityType: "User", entityId: user?.id ?? "unknown", data: { username } },
    });
    return { ok: false, reason: "INVALID" };
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } }),
    db.auditEvent.create({ data: { at: now, actorId: user.id, action: "auth.sign-in", entityType: "User", entityId: user.id } }),
  ]);
  return { ok: true, user: { id: user.id, name: user.displayName } };
}
