// next-auth configuration: username + password (scrypt), JWT sessions that expire after 8 hours.
// The token carries only the user id; the actor (role, scope) is re-read from the database on
// every request by lib/auth/session.ts, so a deactivated account loses access at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { DUMMY_HASH, verifyPassword } from "./password";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export async function authenticate(input: unknown): Promise<{ id: string; name: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const db = getDb();
  const user = await db.user.findUnique({ where: { username: parsed.data.username } });
  // Verify against a dummy hash when the user is unknown, so response time does not tell.
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active) {
    await db.auditEvent.create({
      data: { actorId: user?.id ?? null, action: "auth.sign-in-failed", entityType: "User", entityId: user?.id ?? "unknown", data: { username: parsed.data.username.slice(0, 64) } },
    });
    return null;
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
    db.auditEvent.create({ data: { actorId: user.id, action: "auth.sign-in", entityType: "User", entityId: user.id } }),
  ]);
  return { id: user.id, name: user.displayName };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      authorize: (credentials) => authenticate(credentials),
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
