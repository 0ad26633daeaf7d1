"use server";
// Signing out is a plain form post (works without JavaScript). It ends the session on the server —
// the user's session version is raised, so this token and any copy of it stop working — and removes
// the cookie, with the Secure attribute over HTTPS (a browser ignores a `__Secure-` cookie deletion
// without it). docs/decisions/0009.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { endSessions } from "@/lib/auth/end-sessions";
import { isSessionCookie, usesSecureCookies } from "@/lib/auth/session-token";

export async function signOutAction(): Promise<void> {
  const actor = await getActor({ passwordChange: "pending-allowed" });
  if (actor) await endSessions({ db: getDb(), userId: actor.id, actorId: actor.id, action: "auth.sign-out" });
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (!isSessionCookie(cookie.name)) continue;
    jar.set(cookie.name, "", {
      path: "/",
      maxAge: 0,
      httpOnly: true,
      sameSite: "lax",
      secure: cookie.name.startsWith("__Secure-") || usesSecureCookies(),
    });
  }
  redirect("/");
}
