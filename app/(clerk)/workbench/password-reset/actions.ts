"use server";
// The counter reset of a forgotten password (docs/decisions/0240). Order (README house rule 4): session →
// zod parse → permission → domain call (which checks the permission again and writes its audit row in
// the same transaction). The answer carries the one-time password once; nothing redirects, so a
// reload cannot show it again.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { counterResetSchema, resetApplicantPassword } from "@/lib/auth/counter-reset";
import { logUnexpected } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import type { CounterResetState } from "./state";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function counterResetAction(_previous: CounterResetState, formData: FormData): Promise<CounterResetState> {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Fworkbench%2Fpassword-reset");
  const { t } = await getT();
  const values = { account: text(formData, "account").slice(0, 64), name: text(formData, "name").slice(0, 40) };
  const input = {
    account: text(formData, "account"),
    name: text(formData, "name"),
    identityChecked: formData.get("identityChecked") ?? undefined,
  };
  const parsed = counterResetSchema.safeParse(input);
  if (!parsed.success)
    return { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), text: t(i.message as MessageKey) })), values };
  if (!can(actor, "reset:password:any")) return { errors: [{ field: "form", text: t("counterReset.error.forbidden") }], values };
  try {
    const result = await resetApplicantPassword({ db: getDb(), actor, input: parsed.data });
    if (!result.ok) return { errors: result.errors.map((e) => ({ field: e.field, text: t(e.message) })), values };
    return {
      errors: [],
      values: { account: "", name: "" },
      done: { name: result.name, oneTimePassword: result.oneTimePassword, reclaimed: result.reclaimed },
    };
  } catch (error) {
    return {
      errors: [{ field: "form", text: t("counterReset.error.unexpected", { id: logUnexpected(error, "counterResetAction") }) }],
      values,
    };
  }
}
