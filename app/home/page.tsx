import { redirect } from "next/navigation";
import { getActor, mustChangePassword } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";

/** Where sign-in lands: each role's own home. */
export default async function HomeRedirect() {
  const actor = await getActor();
  if (actor && (await mustChangePassword())) redirect("/account/password");
  redirect(actor ? ROLE_HOME[actor.role] : "/signin");
}
