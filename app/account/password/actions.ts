"use server";
// A new password (required first after an administrator opened or reset the account), through formAction:
// session (a pending change allowed) → parse → sign-in's per-address throttle (L4 of issue 16) → domain call
// (a wrong current password audited and counted towards the lock) → a fresh session → the role's home.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { changePassword } from "@/lib/auth/change-password";
import { requestClient } from "@/lib/auth/request-client";
import { signInSucceeded, throttleSignIn } from "@/lib/auth/throttle";
import { startSession } from "@/lib/auth/start-session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { logUnexpected } from "@/lib/errors";
import { formAction, signedIn, textFields } from "@/lib/actions/pipeline";
import type { AdminFormState } from "@/lib/actions/form-outcome";

const schema = z.object({ current: z.string().max(200), password: z.string().max(400), confirm: z.string().max(400) });
const refused = (field: string, text: string): AdminFormState => ({ errors: [{ field, text }], values: {} });

export async function changePasswordAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return formAction<typeof schema, AdminFormState>({
    context: "changePasswordAction",
    session: () => signedIn("/account/password", { passwordChange: "pending-allowed" }),
    schema,
    raw: textFields(formData, ["current", "password", "confirm"]),
    values: {},
    refused: (_issues, t) => refused("password", t("apply.registerError.passwordLong")).errors,
    permission: [],
    forbidden: () => [],
    failed: (failure, t) => refused("form", t("admin.error.unexpected", { id: failure.id ?? failure.code })).errors,
    run: async (actor, input, t) => {
      const client = await requestClient();
      const throttled = await throttleSignIn({ address: client.address });
      if (!throttled.ok)
        return { outcome: refused("current", t("admin.passwordForm.throttled", { seconds: throttled.retryAfterSeconds })) };
      const result = await changePassword({ db: getDb(), userId: actor.id, input, now: new Date(), client });
      if (!result.ok) return { outcome: { errors: result.errors.map((e) => ({ field: e.field, text: t(e.message) })), values: {} } };
      await signInSucceeded({ address: client.address, username: actor.id }).catch((error: unknown) =>
        logUnexpected(error, "signInSucceeded"),
      );
      await startSession(result.user);
      return { to: ROLE_HOME[actor.role] };
    },
  });
}
