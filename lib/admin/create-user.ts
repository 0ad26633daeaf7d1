// An administrator opens a staff account: a clerk of a police station (optionally its lead), a
// supervisor of a subtree, or another administrator. The initial password is either typed by the
// administrator (the self-registration policy applies) or generated here and returned once — it is
// stored only as a hash and never written to the audit row. mustChangePassword makes the new user
// choose their own at first sign-in (app/account/password).
import { z } from "zod";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { writeAudit } from "@/lib/audit/write-audit";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import {
  checkBadge,
  checkScope,
  oneTimePassword,
  uniqueViolationOn,
  passwordProblemKey,
  scopeSchema,
  USERNAME,
  type AdminProblem,
  type AdminResult,
} from "./user-rules";

export const createUserSchema = scopeSchema.extend({
  username: z.string().default(""),
  displayName: z.string().default(""),
  badgeNumber: z.string().max(100).default(""),
  passwordMode: z.string().default("generate"),
  password: z.string().default(""),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export async function createStaffUser(options: {
  db: Db;
  actor: Actor;
  input: CreateUserInput;
}): Promise<AdminResult<{ userId: string; username: string; oneTimePassword: string | null }>> {
  const actor = requirePermission(options.actor, "manage:user:any");
  const input = createUserSchema.parse(options.input);
  const username = input.username.trim().toLowerCase();
  const displayName = input.displayName.trim();
  const errors: AdminProblem[] = [];
  if (!USERNAME.test(username)) errors.push({ field: "username", message: "admin.error.usernameFormat" });
  if (!displayName) errors.push({ field: "displayName", message: "admin.error.displayNameRequired" });
  else if (displayName.length > 40) errors.push({ field: "displayName", message: "admin.error.displayNameLong" });
  const generated = input.passwordMode !== "set";
  if (!generated) {
    const problem = passwordProblemKey(input.password);
    if (problem) errors.push({ field: "password", message: problem });
  }
  const { scope, errors: scopeErrors } = await checkScope({ tx: options.db, input });
  errors.push(...scopeErrors);
  const badge = await checkBadge({ tx: options.db, input: input.badgeNumber });
  errors.push(...badge.errors);
  if (errors.length || !scope) return { ok: false, errors };
  const badgeNumber = badge.badgeNumber;
  const password = generated ? oneTimePassword() : input.password;
  // Hash before the transaction: scrypt is slow on purpose and must not hold a connection.
  const passwordHash = await hashPassword(password);
  try {
    const user = await options.db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { username, displayName, badgeNumber, passwordHash, mustChangePassword: true, ...scope },
      });
      await writeAudit({
        tx,
        event: {
          actorId: actor.id,
          action: "admin.user-create",
          entityType: "User",
          entityId: created.id,
          data: {
            username,
            badgeNumber,
            role: scope.role,
            stationId: scope.stationId,
            jurisdictionId: scope.jurisdictionId,
            stationLead: scope.stationLead,
            passwordGenerated: generated,
          },
        },
      });
      return created;
    }, TX_OPTIONS);
    return { ok: true, userId: user.id, username, oneTimePassword: generated ? password : null };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      if (uniqueViolationOn(error, "badgeNumber"))
        return { ok: false, errors: [{ field: "badgeNumber", message: "admin.error.badgeTaken" }] };
      return { ok: false, errors: [{ field: "username", message: "admin.error.usernameTaken" }] };
    }
    throw error;
  }
}
