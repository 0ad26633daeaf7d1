// The signed-in actor for pages, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { authOptions } from "./options";
import { readClaims, sessionIsCurrent } from "./session-token";
import { can, type Actor, type Permission } from "./permissions";

export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = readClaims(await getServerSession(authOptions));
  if (!claims) return null;
  const user = await getDb().user.findUnique({
    where: { id: claims.uid },
    include: { station: { select: { path: true } }, jurisdiction: { select: { path: true } } },
  });
  if (!user || !sessionIsCurrent({ claims, user, now: new Date() })) return null;
  return {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    stationId: user.stationId,
    jurisdictionId: user.jurisdictionId,
    scopePath: user.station?.path ?? user.jurisdiction?.path ?? null,
    personId: user.personId,
  };
});

/** For pages: signed-out users go to sign-in, signed-in users without the permission get 403. */
export async function requirePagePermission(permission: Permission, callbackUrl: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
