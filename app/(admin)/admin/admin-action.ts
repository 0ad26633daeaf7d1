// Shared steps of the admin area's server actions (README house rule 4: session → zod parse → permission →
// domain call → revalidate/redirect). Refusals come back as catalogue text, never raw errors.
import "server-only";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n";
import type { AdminProblem } from "@/lib/admin/user-rules";

/** Signed in, or off to sign-in (coming back to `back`). */
export async function signedIn(back: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(back)}`);
  return actor;
}

export async function allowed(actor: Actor, permission: Permission): Promise<boolean> {
  return can(actor, permission);
}

/** A problem with no field of its own is linked to the form itself (id f-form). */
export function problemTexts(errors: AdminProblem[], t: Translate) {
  return errors.map((e) => ({ field: e.field ?? "form", text: t(e.message) }));
}

export async function translate(): Promise<Translate> {
  return (await getT()).t;
}

/** The last part of a refusal's catalogue key (admin.error.lastAdmin → lastAdmin), for a redirect query. */
export function codeOf(errors: AdminProblem[]): string {
  return errors[0]?.message.split(".").pop() ?? "unexpected";
}

/** Form fields as strings (absent → ""), for zod. */
export function fields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : ""]));
}
