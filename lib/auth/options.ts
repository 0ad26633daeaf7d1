// next-auth configuration: username + password (scrypt), JWT sessions with an absolute lifetime of
// 8 hours. The token carries the user id, session version and sign-in time (lib/auth/session-token.ts);
// the actor (role, scope) is re-read from the database on every request by lib/auth/session.ts, which
// also refuses a token whose version was raised (sign-out, deactivation) or whose sign-in is too old.
// The portal's own sign-in form is a server action (app/(public)/signin/actions.ts) minting the same
// token; this credentials provider serves API clients and the tests.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { demoMode } from "./demo-mode";
import { signInSucceeded, throttleSignIn } from "./throttle";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { readClaims, SESSION_MAX_AGE_SECONDS, sessionIsCurrent, withinLifetime } from "./session-token";

export { SESSION_MAX_AGE_SECONDS };

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const header = (name: string) => {
          const value = (req?.headers as Record<string, string | string[] | undefined> | undefined)?.[name];
          return typeof value === "string" ? value : null;
        };
        const client = { address: header(CLIENT_ADDRESS_HEADER), userAgent: header("user-agent") };
        const throttled = await throttleSignIn({ address: client.address });
        if (!throttled.ok) throw new Error("THROTTLED");
        const result = await authenticate({ db: getDb(), input: credentials, now: new Date(), client, allowDemo: demoMode() });
        if (result.ok) {
          await signInSucceeded({ address: client.address, username: result.user.id }).catch((error: unknown) =>
            logUnexpected(error, "signInSucceeded"),
          );
          return result.user;
        }
        // next-auth hands a thrown message to the client as result.error; null means "wrong credentials".
        if (result.reason === "LOCKED") throw new Error("LOCKED");
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion?: number };
        return { ...token, uid: signedIn.id, sv: signedIn.sessionVersion ?? 0, authAt: Math.floor(Date.now() / 1000) };
      }
      // Refreshing the cookie never extends the sign-in: past the lifetime the token is emptied.
      const claims = readClaims(token);
      if (!claims || !withinLifetime({ authAt: claims.authAt, now: new Date() })) return {};
      return token;
    },
    // /api/auth/session answers from the database too: a token whose version was raised (sign-out,
    // deactivation) or whose sign-in is too old reads as signed out, as it does for getActor.
    async session({ session, token }) {
      const claims = readClaims(token);
      if (!claims) return { expires: session.expires };
      const user = await getDb().user.findUnique({ where: { id: claims.uid }, select: { active: true, sessionVersion: true, demo: true } });
      if (!user || !sessionIsCurrent({ claims, user, now: new Date() }) || (user.demo && !demoMode())) return { expires: session.expires };
      Object.assign(session, claims);
      return session;
    },
  },
};
