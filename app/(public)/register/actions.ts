"use server";
// Order (README house rule 4): session → parse → (anyone may register) → domain (audit in its transaction) →
// sign in → redirect. The new account is signed in by issuing the same session cookie next-auth's
// credentials sign-in issues, so the resident goes straight on to where they were going.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/start-session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { registerApplicant, registrationSchema } from "@/lib/registry/register-applicant";
import { logUnexpected } from "@/lib/errors";
import { throttleSignIn } from "@/lib/auth/throttle";
import { requestClient } from "@/lib/auth/request-client";
import { getT } from "@/lib/i18n/server";
import { textFields } from "@/lib/actions/pipeline";
import type { RegisterState } from "./register-state";

export async function registerAction(_previous: RegisterState, formData: FormData): Promise<RegisterState> {
  const callbackUrl = safeCallbackUrl(String(formData.get("callbackUrl") ?? ""));
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? ROLE_HOME[actor.role]);
  const input = registrationSchema.safeParse(textFields(formData, ["name", "citizenId", "phone", "password", "passwordConfirm"]));
  const { t } = await getT();
  if (!input.success) return { values: { name: "", citizenId: "", phone: "" }, errors: [{ field: "name", text: t("errors.VALIDATION") }] };
  const values = { name: input.data.name, citizenId: input.data.citizenId, phone: input.data.phone };
  try {
    const client = await requestClient();
    const o = { input: input.data, now: new Date(), throttle: throttleSignIn, address: client.address };
    const result = await registerApplicant({ db: getDb(), ...o });
    if (!result.ok) return { values, errors: result.errors.map((e) => ({ field: e.field, text: t(e.message) })) };
    await startSession({ id: result.userId, name: input.data.name.trim(), sessionVersion: 0 });
  } catch (error) {
    return { values, errors: [], unexpected: logUnexpected(error, "registerAction") };
  }
  // The chooser (and the start page) greet a new account; any other page simply ignores the flag.
  const target = callbackUrl ?? "/apply";
  redirect(`${target}${target.includes("?") ? "&" : "?"}registered=1`);
}
