// next-auth configuration: username + password (scrypt), JWT sessions that expire after 8 hours.
// The token carries only the user id; the actor (role, scope) is re-read from the database on
// every request by lib/auth/session.ts, so a deactivated account loses access at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db";
import { authenticate } from "./authenticate";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await authenticate({ db: getDb(), input: credentials, now: new Date() });
        if (result.ok) return result.user;
        // next-auth hands a thrown message to the client as result.error; null means "wrong credentials".
        if (result.reason === "LOCKED") throw new Error("LOCKED");
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      (session as { uid?: unknown }).uid = token.uid;
      return session;
    },
  },
};
