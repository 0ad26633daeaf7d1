"use server";
// The signed-in user chooses a new password (required first after an administrator opened or reset
// the account). Order: session → parse → (own account: no further permission) → the per-address
// throttle sign-in has (L4 of issue 16) → domain call (a wrong current password audited and counted
// towards the lock; success ends every session) → a fresh session for this browser → the role's home.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import { changePassword } from "@/lib/auth/change-password";
import { requestClient } from "@/lib/auth/request-client";
import { signInSucceeded, throttleSignIn } from "@/lib/auth/throttle";
import { startSession } from "@/lib/auth/start-session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { logUnexpected } from "@/lib/errors";
import type { AdminFormState } from "@/components/admin/form-state";

const schema = z.object({ current: z.string().max(200), password: z.string().max(400), confirm: z.string().max(400) });

export async function changePasswordAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await getActor({ passwordChange: "pending-allowed" });
  if (!actor) redirect("/signin?callbackUrl=%2Faccount%2Fpassword");
  const { t } = await getT();
  const str = (k: string) => (typeof formData.get(k) === "string" ? (formData.get(k) as string) : "");
  const parsed = schema.safeParse({ current: str("current"), password: str("password"), confirm: str("confirm") });
  if (!parsed.success) return { errors: [{ field: "password", text: t("apply.registerError.passwordLong") }], values: {} };
  try {
    const client = await requestClient();
    const throttled = await throttleSignIn({ address: client.address });
    if (!throttled.ok)
      return {
        errors: [{ field: "current", text: t("admin.passwordForm.throttled", { seconds: throttled.retryAfterSeconds }) }],
        values: {},
      };
    const result = await changePassword({ db: getDb(), userId: actor.id, input: parsed.data, now: new Date(), client });
    if (!result.ok) return { errors: result.errors.map((e) => ({ field: e.field, text: t(e.message) })), values: {} };
    await signInSucceeded({ address: client.address, username: actor.id }).catch((error: unknown) =>
      logUnexpected(error, "signInSucceeded"),
    );
    await startSession(result.user);
  } catch (error) {
    return {
      errors: [{ field: "form", text: t("admin.error.unexpected", { id: logUnexpected(error, "changePasswordAction") }) }],
      values: {},
    };
  }
  redirect(ROLE_HOME[actor.role]);
}
