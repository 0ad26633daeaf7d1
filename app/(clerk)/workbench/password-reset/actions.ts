"use server";
// The counter reset of a forgotten password (docs/decisions/0240), through the one pipeline (lib/actions/
// pipeline.ts); the domain call checks the permission again and writes its audit row in the same transaction.
// The answer carries the one-time password once; nothing redirects, so a reload cannot show it again.
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { counterResetSchema, resetApplicantPassword } from "@/lib/auth/counter-reset";
import { getT } from "@/lib/i18n/server";
import { failureOf, issueProblems, signedIn, textFields } from "@/lib/actions/pipeline";
import type { CounterResetState } from "./state";

export async function counterResetAction(_previous: CounterResetState, formData: FormData): Promise<CounterResetState> {
  const actor = await signedIn("/workbench/password-reset");
  const { t } = await getT();
  const typed = textFields(formData, ["account", "name"]);
  const values = { account: typed.account.slice(0, 64), name: typed.name.slice(0, 40) };
  const parsed = counterResetSchema.safeParse({ ...typed, identityChecked: formData.get("identityChecked") ?? undefined });
  if (!parsed.success) return { errors: issueProblems(parsed.error.issues, t), values };
  if (!can(actor, "reset:password:any")) return { errors: [{ field: "form", text: t("admin.error.forbidden") }], values };
  try {
    const r = await resetApplicantPassword({ db: getDb(), actor, input: parsed.data });
    if (!r.ok) return { errors: r.errors.map((e) => ({ field: e.field, text: t(e.message) })), values };
    const done = { name: r.name, oneTimePassword: r.oneTimePassword, reclaimed: r.reclaimed };
    return { errors: [], values: { account: "", name: "" }, done };
  } catch (error) {
    const failure = failureOf(error, "counterResetAction");
    return { errors: [{ field: "form", text: t("admin.error.unexpected", { id: failure.id ?? failure.code }) }], values };
  }
}
