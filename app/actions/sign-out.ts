"use server";
// Signing out is a plain form post, so it works without JavaScript and keeps next-auth's client
// library off every page. Sessions are JWTs in a cookie: ending one means removing that cookie.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    // next-auth splits a large token into name.0, name.1, …
    if (SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`))) jar.delete(cookie.name);
  }
  if (actor) {
    await getDb().auditEvent.create({ data: { actorId: actor.id, action: "auth.sign-out", entityType: "User", entityId: actor.id } });
  }
  redirect("/");
}
