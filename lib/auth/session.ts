// The signed-in actor for pages, server actions and route handlers.
import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getT } from "@/lib/i18n/server";
import { readClaims, sessionCookieName, sessionIsCurrent } from "./session-token";
import { demoMode } from "./demo-mode";
import { can, type Actor, type Permission } from "./permissions";

/**
 * The session cookie's token, decrypted, or null. Read directly rather than through next-auth's
 * getServerSession, which runs its whole handler for each page: its session callback's user lookup
 * (repeated just below), and a new token encrypted only to be thrown away, as a page cannot set cookies
 * (docs/decisions/0235). The checks are the same: the token must decrypt with the secret and not be
 * expired, and the claims are then checked against the account.
 */
async function sessionToken(): Promise<unknown> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const jar = await cookies();
  const name = sessionCookieName();
  // next-auth splits a token longer than a cookie may be into name.0, name.1, …
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  const value = jar.get(name)?.value ?? (chunks.length > 0 ? chunks.map((c) => c.value).join("") : null);
  if (!value) return null;
  try {
    return await decode({ token: value, secret });
  } catch {
    // Tampered, made with another secret, or expired: not signed in.
    return null;
  }
}

/** The signed-in account as this request sees it: the actor, and whether it must change its password first. */
const getSession = cache(async (): Promise<{ actor: Actor; mustChangePassword: boolean; demo: boolean } | null> => {
  const claims = readClaims(await sessionToken());
  if (!claims) return null;
  const user = await getDb().user.findUnique({
    where: { id: claims.uid },
    include: { station: { select: { path: true } }, jurisdiction: { select: { path: true } } },
  });
  if (!user || !sessionIsCurrent({ claims, user, now: new Date() })) return null;
  // A demo account (public password) is signed in only while the portal runs on demo data (issue 16 M6).
  if (user.demo && !demoMode()) return null;
  const actor: Actor = {
    id: user.id,
    role: user.role,
    displayName: user.displayName,
    stationId: user.stationId,
    jurisdictionId: user.jurisdictionId,
    scopePath: user.station?.path ?? user.jurisdiction?.path ?? null,
    personId: user.personId,
    identityVerified: user.identityVerifiedAt !== null,
  };
  return { actor, mustChangePassword: user.mustChangePassword, demo: user.demo };
});

/**
 * Who a session that must change its password first may still be: only the password change itself,
 * sign-out, and what only shows who is signed in (the header, the public home) say so. docs/decisions/0260.
 */
export interface ActorOptions {
  passwordChange?: "pending-allowed";
}

/** Where a server action (or a page) refused for a pending password change is sent. */
export const PASSWORD_FIRST_PATH = "/account/password?refused=1";

/**
 * The one guard of every server action and page: the signed-in actor, or null when signed out. A session
 * that must change its password first (a one-time password from an administrator or the counter) acts on
 * nothing: it is sent to /account/password, which says why — unless the caller opts in (see ActorOptions).
 * Route handlers use getRouteActor, which answers such a session with a 403 instead.
 */
export async function getActor(options: ActorOptions = {}): Promise<Actor | null> {
  const session = await getSession();
  if (!session) return null;
  if (session.mustChangePassword && options.passwordChange !== "pending-allowed") {
    // "What you just did was not done" only after a server action; a page opened is simply sent on.
    redirect((await headers()).has("next-action") ? PASSWORD_FIRST_PATH : "/account/password");
  }
  return session.actor;
}

/**
 * The same guard for route handlers (downloads, exports): the actor, null when signed out, or — for a
 * session that must change its password first — a 403 Response with one sentence, to return as it is.
 */
export async function getRouteActor(): Promise<Actor | null | Response> {
  const session = await getSession();
  if (!session) return null;
  if (!session.mustChangePassword) return session.actor;
  const { t } = await getT();
  return new Response(`${t("authz.passwordFirstRoute")}\n`, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}

/** True when the signed-in account is a demo account (its password is public): the layout marks every page. */
export async function isDemoSession(): Promise<boolean> {
  return (await getSession())?.demo ?? false;
}

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
