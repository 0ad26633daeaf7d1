// Ends every session of a user on the server side (sign-out, password change, deactivation):
// raises User.sessionVersion, which every session token must match (lib/auth/session-token.ts).
import type { Db, Prisma } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";

export async function endSessions(options: {
  db: Db | Prisma.TransactionClient;
  userId: string;
  actorId: string | null;
  action: string;
  /** What else the audit row should say (never a password). */
  data?: Prisma.InputJsonValue;
}): Promise<void> {
  const run = async (tx: Prisma.TransactionClient) => {
    await tx.user.update({ where: { id: options.userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit({
      tx,
      event: {
        actorId: options.actorId,
        action: options.action,
        entityType: "User",
        entityId: options.userId,
        ...(options.data === undefined ? {} : { data: options.data }),
      },
    });
  };
  if ("$transaction" in options.db) await options.db.$transaction(run);
  else await run(options.db);
}
