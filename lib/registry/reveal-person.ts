// A clerk sees an applicant's full citizen ID only when they ask for it, on that one response, and the
// asking is audited ("person.reveal"). Reached through a case of the clerk's station: the person of
// another station's case is NOT_FOUND.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";

export async function revealCitizenId(options: { db: Db; actor: Actor; applicationId: string; memberId?: string | null }): Promise<string> {
  const actor = requirePermission(options.actor, "reveal:person:station");
  return options.db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: options.applicationId, ...applicationScope(actor) },
      select: {
        id: true,
        applicantPerson: { select: { id: true, citizenId: true } },
        members: { select: { id: true, personId: true, citizenId: true } },
      },
    });
    if (!app) throw new DomainError("NOT_FOUND");
    const member = options.memberId ? app.members.find((m) => m.id === options.memberId) : null;
    if (options.memberId && !member?.citizenId) throw new DomainError("NOT_FOUND");
    const citizenId = member?.citizenId ?? app.applicantPerson.citizenId;
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "person.reveal",
        entityType: member ? "ApplicationMember" : "Person",
        entityId: member?.id ?? app.applicantPerson.id,
        data: { applicationId: app.id },
      },
    });
    return citizenId;
  });
}

/** "Originals checked": the clerk has seen the applicant's identity documents; audited. */
export async function verifyIdentity(options: { db: Db; actor: Actor; applicationId: string; now?: Date }) {
  const actor = requirePermission(options.actor, "update:registry:station");
  return options.db.$transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: { id: options.applicationId, ...applicationScope(actor) },
      select: { id: true, applicantUserId: true },
    });
    if (!app) throw new DomainError("NOT_FOUND");
    const updated = await tx.user.updateMany({
      where: { id: app.applicantUserId, identityVerifiedAt: null },
      data: { identityVerifiedAt: options.now ?? new Date() },
    });
    if (updated.count === 1) {
      await writeAudit({
        tx,
        event: {
          actorId: actor.id,
          action: "person.identity-verified",
          entityType: "User",
          entityId: app.applicantUserId,
          data: { applicationId: app.id },
        },
      });
    }
    return updated.count === 1;
  });
}
