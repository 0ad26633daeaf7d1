"use server";
// Through the one pipeline's visitor form (lib/actions/pipeline.ts): session (anyone may register; a signed-in
// visitor is sent on) → parse → domain (audit in its transaction, README house rule 4) → sign in → redirect. The
// new account is signed in by issuing the same session cookie next-auth's credentials sign-in issues, so the
// resident goes straight on to where they were going.
import { getDb } from "@/lib/db";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/start-session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { registerApplicant, registrationSchema } from "@/lib/registry/register-applicant";
import { throttleSignIn } from "@/lib/auth/throttle";
import { requestClient } from "@/lib/auth/request-client";
import { failureText, signedOut, textFields, visitorFormAction } from "@/lib/actions/pipeline";
import type { RegisterState } from "./register-state";

export async function registerAction(_previous: RegisterState, formData: FormData): Promise<RegisterState> {
  const callbackUrl = safeCallbackUrl(String(formData.get("callbackUrl") ?? ""));
  const raw = textFields(formData, ["name", "citizenId", "phone", "password", "passwordConfirm"]);
  const values = { name: raw.name, citizenId: raw.citizenId, phone: raw.phone };
  return visitorFormAction<typeof registrationSchema, RegisterState>({
    context: "registerAction",
    session: () => signedOut((actor) => callbackUrl ?? ROLE_HOME[actor.role]),
    schema: registrationSchema,
    raw,
    values,
    failed: (f, t) => (f.code === "UNEXPECTED" ? { errors: [], unexpected: f.id } : [{ field: "form", text: failureText(t, f) }]),
    run: async (input, t) => {
      const client = await requestClient();
      const o = { input, now: new Date(), throttle: throttleSignIn, address: client.address };
      const result = await registerApplicant({ db: getDb(), ...o });
      if (!result.ok) return { outcome: { values, errors: result.errors.map((e) => ({ field: e.field, text: t(e.message) })) } };
      await startSession({ id: result.userId, name: input.name.trim(), sessionVersion: 0 });
      // The chooser (and the start page) greet a new account; any other page simply ignores the flag.
      const target = callbackUrl ?? "/apply";
      return { to: `${target}${target.includes("?") ? "&" : "?"}registered=1` };
    },
  });
}
