import "server-only";
// Issues the session cookie for a user who has just proved who they are (the sign-in form, a new
// registration). One place mints it, with the claims lib/auth/session-token.ts checks on every request.
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { sessionCookieName, SESSION_MAX_AGE_SECONDS, usesSecureCookies } from "./session-token";

export async function startSession(user: { id: string; name: string; sessionVersion: number }, now: Date = new Date()): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({
    token: { sub: user.id, name: user.name, uid: user.id, sv: user.sessionVersion, authAt: Math.floor(now.getTime() / 1000) },
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usesSecureCookies(),
    // No maxAge: a session cookie, gone when the browser closes (a shared counter PC). The 8-hour limit
    // is in the token itself (authAt), checked on every request (issue #16 L8).
  });
}
