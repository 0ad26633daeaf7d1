// The signed-in actor for pages, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { authOptions } from "./options";
import { readClaims, sessionIsCurrent } from "./session-token";
import { can, type Actor, type Permission } from "./permissions";

/** The signed-in account as this request sees it: the actor, and whether it must change its password first. */
const getSession = cache(async (): Promise<{ actor: Actor; mustChangePassword: boolean } | null> => {
  const claims = readClaims(await getServerSession(authOptions));
  if (!claims) return null;
  const user = await getDb().user.findUnique({
    where: { id: claims.uid },
    include: { station: { select: { path: true } }, jurisdiction: { select: { path: true } } },
  });
  if (!user || !sessionIsCurrent({ claims, user, now: new Date() })) return null;
  const actor: Actor = {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    stationId: user.stationId,
    jurisdictionId: user.jurisdictionId,
    scopePath: user.station?.path ?? user.jurisdiction?.path ?? null,
    personId: user.personId,
  };
  return { actor, mustChangePassword: user.mustChangePassword };
});

export const getActor = cache(async (): Promise<Actor | null> => (await getSession())?.actor ?? null);

/** True when the signed-in user must choose a new password before using the portal. */
export async function mustChangePassword(): Promise<boolean> {
  return (await getSession())?.mustChangePassword ?? false;
}

/**
 * For pages: signed-out users go to sign-in, users who must change their password go to do that first
 * (an account an administrator opened or reset), signed-in users without the permission (any one of
 * several, when a list is given) get 403.
 */
export async function requirePagePermission(permission: Permission | readonly Permission[], callbackUrl: string): Promise<Actor> {
  const session = await getSession();
  if (!session) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (session.mustChangePassword) redirect("/account/password");
  const { actor } = session;
  const anyOf: readonly Permission[] = typeof permission === "string" ? [permission] : permission;
  if (!anyOf.some((p) => can(actor, p))) forbidden();
  return actor;
}
