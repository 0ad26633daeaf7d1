// What a session token holds and when it is still good (docs/decisions/0009). The token (a JWT in an
// HTTP-only cookie) carries the user id, the user's session version at sign-in and the sign-in time.
// It is good while the account is active, its session version is unchanged (sign-out, a password
// change and deactivation raise it, ending every session of that user on the server side, copied
// tokens included) and the sign-in is less than SESSION_MAX_AGE_SECONDS old — an absolute lifetime:
// refreshing the cookie never extends it.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export interface SessionClaims {
  uid: string;
  /** User.sessionVersion at sign-in. */
  sv: number;
  /** Sign-in time, seconds since the epoch. */
  authAt: number;
}

export function readClaims(token: unknown): SessionClaims | null {
  if (typeof token !== "object" || token === null) return null;
  const t = token as Record<string, unknown>;
  if (typeof t.uid !== "string" || typeof t.sv !== "number" || typeof t.authAt !== "number") return null;
  return { uid: t.uid, sv: t.sv, authAt: t.authAt };
}

export function withinLifetime(options: { authAt: number; now: Date }): boolean {
  const age = options.now.getTime() / 1000 - options.authAt;
  return age >= -60 && age < SESSION_MAX_AGE_SECONDS;
}

export function sessionIsCurrent(options: {
  claims: SessionClaims;
  user: { active: boolean; sessionVersion: number };
  now: Date;
}): boolean {
  const { claims, user } = options;
  return user.active && user.sessionVersion === claims.sv && withinLifetime({ authAt: claims.authAt, now: options.now });
}

/** Over HTTPS the cookie is `__Secure-…` and must be set — and deleted — with the Secure attribute. */
export function usesSecureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(secure: boolean = usesSecureCookies()): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** Both names, for removal whichever was in use (next-auth splits a large token into name.0, name.1…). */
export function isSessionCookie(name: string): boolean {
  return [sessionCookieName(true), sessionCookieName(false)].some((base) => name === base || name.startsWith(`${base}.`));
}
