"use server";
// The counter reset of a forgotten password (docs/decisions/0240), through the one form flow (formAction in
// lib/actions/pipeline.ts); the domain call checks the permission again and writes its audit row in the same
// transaction. The answer carries the one-time password once; nothing redirects, so a reload cannot show it again.
import { getDb } from "@/lib/db";
import { counterResetSchema, resetApplicantPassword } from "@/lib/auth/counter-reset";
import { formAction, signedIn, textFields } from "@/lib/actions/pipeline";
import type { CounterResetState } from "./state";

export async function counterResetAction(_previous: CounterResetState, formData: FormData): Promise<CounterResetState> {
  const typed = textFields(formData, ["account", "name"]);
  const values = { account: typed.account.slice(0, 64), name: typed.name.slice(0, 40) };
  return formAction<typeof counterResetSchema, CounterResetState>({
    context: "counterResetAction",
    session: () => signedIn("/workbench/password-reset"),
    schema: counterResetSchema,
    raw: { ...typed, identityChecked: formData.get("identityChecked") ?? undefined },
    values,
    permission: "reset:password:any",
    forbidden: (t) => [{ field: "form", text: t("admin.error.forbidden") }],
    failed: (failure, t) => [{ field: "form", text: t("admin.error.unexpected", { id: failure.id ?? failure.code }) }],
    run: async (actor, input, t) => {
      const r = await resetApplicantPassword({ db: getDb(), actor, input });
      if (!r.ok) return { outcome: { errors: r.errors.map((e) => ({ field: e.field, text: t(e.message) })), values } };
      const done = { name: r.name, oneTimePassword: r.oneTimePassword, reclaimed: r.reclaimed };
      return { outcome: { errors: [], values: { account: "", name: "" }, done } };
    },
  });
}
