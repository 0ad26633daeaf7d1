"use server";
// A new password (required first after an administrator opened or reset the account): session → parse → (own
// account) → sign-in's per-address throttle (L4 of issue 16) → domain call (a wrong current password audited and
// counted towards the lock; success ends every session) → a fresh session → the role's home.
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
import { failureOf, signInPath, textFields } from "@/lib/actions/pipeline";
import type { AdminFormState } from "@/lib/actions/form-outcome";

const schema = z.object({ current: z.string().max(200), password: z.string().max(400), confirm: z.string().max(400) });
const refused = (field: string, text: string): AdminFormState => ({ errors: [{ field, text }], values: {} });

export async function changePasswordAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await getActor({ passwordChange: "pending-allowed" });
  if (!actor) redirect(signInPath("/account/password"));
  const { t } = await getT();
  const parsed = schema.safeParse(textFields(formData, ["current", "password", "confirm"]));
  if (!parsed.success) return refused("password", t("apply.registerError.passwordLong"));
  try {
    const client = await requestClient();
    const throttled = await throttleSignIn({ address: client.address });
    if (!throttled.ok) return refused("current", t("admin.passwordForm.throttled", { seconds: throttled.retryAfterSeconds }));
    const result = await changePassword({ db: getDb(), userId: actor.id, input: parsed.data, now: new Date(), client });
    if (!result.ok) return { errors: result.errors.map((e) => ({ field: e.field, text: t(e.message) })), values: {} };
    await signInSucceeded({ address: client.address, username: actor.id }).catch((error: unknown) =>
      logUnexpected(error, "signInSucceeded"),
    );
    await startSession(result.user);
  } catch (error) {
    const failure = failureOf(error, "changePasswordAction");
    return refused("form", t("admin.error.unexpected", { id: failure.id ?? failure.code }));
  }
  redirect(ROLE_HOME[actor.role]);
}
