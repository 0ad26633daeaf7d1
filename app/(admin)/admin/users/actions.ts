"use server";
// The user-management actions. Order (README house rule 4): session → zod parse → permission → domain call
// (its audit row in the same transaction) → revalidate/redirect. The domain functions check the
// permission again: a hand-made post from a non-administrator is refused twice.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { createStaffUser, createUserSchema } from "@/lib/admin/create-user";
import { deactivateUser, editStaffUser, editUserSchema, forcePasswordReset, reactivateUser, unlockUser } from "@/lib/admin/change-user";
import { postedText, type AdminFormState } from "@/components/admin/form-state";
import { allowed, codeOf, fields, problemTexts, signedIn, translate } from "../admin-action";

const USER_FIELDS = ["username", "displayName", "badgeNumber", "role", "stationId", "jurisdictionId", "passwordMode", "password"] as const;
const userId = z.uuid();

async function refusedAs(formData: FormData, text: string): Promise<AdminFormState> {
  return { errors: [{ field: "form", text }], values: postedText(formData) };
}

export async function createUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await signedIn("/admin/users/new");
  const t = await translate();
  const parsed = createUserSchema.safeParse({ ...fields(formData, USER_FIELDS), stationLead: formData.get("stationLead") === "on" });
  if (!parsed.success) return refusedAs(formData, t("admin.error.roleRequired"));
  if (!(await allowed(actor, "manage:user:any"))) return refusedAs(formData, t("admin.error.forbidden"));
  try {
    const result = await createStaffUser({ db: getDb(), actor, input: parsed.data });
    if (!result.ok) return { errors: problemTexts(result.errors, t), values: postedText(formData) };
    revalidatePath("/admin/users");
    return {
      errors: [],
      values: {},
      created: { userId: result.userId, username: result.username, oneTimePassword: result.oneTimePassword },
    };
  } catch (error) {
    return refusedAs(formData, t("admin.error.unexpected", { id: logUnexpected(error, "createUserAction") }));
  }
}

export async function editUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = userId.safeParse(formData.get("userId"));
  const actor = await signedIn(id.success ? `/admin/users/${id.data}` : "/admin/users");
  const t = await translate();
  const parsed = editUserSchema.safeParse({
    ...fields(formData, ["displayName", "badgeNumber", "role", "stationId", "jurisdictionId"]),
    stationLead: formData.get("stationLead") === "on",
  });
  if (!id.success || !parsed.success) return refusedAs(formData, t("admin.error.notFound"));
  if (!(await allowed(actor, "manage:user:any"))) return refusedAs(formData, t("admin.error.forbidden"));
  let result;
  try {
    result = await editStaffUser({ db: getDb(), actor, userId: id.data, input: parsed.data });
  } catch (error) {
    return refusedAs(formData, t("admin.error.unexpected", { id: logUnexpected(error, "editUserAction") }));
  }
  if (!result.ok) return { errors: problemTexts(result.errors, t), values: postedText(formData) };
  revalidatePath("/admin/users");
  redirect(`/admin/users/${id.data}?done=updated`);
}

/** Deactivate, reactivate, unlock: one button each, the outcome shown by the account page. */
async function simple(
  formData: FormData,
  context: string,
  done: string,
  work: (a: {
    actor: Awaited<ReturnType<typeof signedIn>>;
    userId: string;
  }) => Promise<{ ok: true } | { ok: false; errors: import("@/lib/admin/user-rules").AdminProblem[] }>,
): Promise<never> {
  const id = userId.safeParse(formData.get("userId"));
  const actor = await signedIn(id.success ? `/admin/users/${id.data}` : "/admin/users");
  if (!id.success) redirect("/admin/users");
  const page = `/admin/users/${id.data}`;
  if (!(await allowed(actor, "manage:user:any"))) redirect(`${page}?error=forbidden`);
  let outcome: string;
  try {
    const result = await work({ actor, userId: id.data });
    outcome = result.ok ? `done=${done}` : `error=${codeOf(result.errors)}`;
  } catch (error) {
    outcome = `error=unexpected&id=${logUnexpected(error, context)}`;
  }
  revalidatePath("/admin/users");
  revalidatePath(page);
  redirect(`${page}?${outcome}`);
}

export async function deactivateAction(formData: FormData): Promise<void> {
  await simple(formData, "deactivateAction", "deactivated", ({ actor, userId }) => deactivateUser({ db: getDb(), actor, userId }));
}

export async function reactivateAction(formData: FormData): Promise<void> {
  await simple(formData, "reactivateAction", "reactivated", ({ actor, userId }) => reactivateUser({ db: getDb(), actor, userId }));
}

export async function unlockAction(formData: FormData): Promise<void> {
  await simple(formData, "unlockAction", "unlocked", ({ actor, userId }) => unlockUser({ db: getDb(), actor, userId }));
}

/** Answers on the same page: a new one-time password exists only in this response. */
export async function resetPasswordAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = userId.safeParse(formData.get("userId"));
  const actor = await signedIn(id.success ? `/admin/users/${id.data}` : "/admin/users");
  const t = await translate();
  const issue = z
    .enum(["on"])
    .optional()
    .safeParse(formData.get("issuePassword") ?? undefined);
  // An applicant's reset: the administrator ticks that the resident's ID card was checked in person.
  const identity = z
    .enum(["on"])
    .optional()
    .safeParse(formData.get("identityChecked") ?? undefined);
  if (!id.success || !issue.success || !identity.success) return refusedAs(formData, t("admin.error.notFound"));
  if (!(await allowed(actor, "manage:user:any"))) return refusedAs(formData, t("admin.error.forbidden"));
  try {
    const result = await forcePasswordReset({
      db: getDb(),
      actor,
      userId: id.data,
      issuePassword: issue.data === "on",
      identityChecked: identity.data === "on",
    });
    if (!result.ok) return { errors: problemTexts(result.errors, t), values: {} };
    revalidatePath(`/admin/users/${id.data}`);
    return { errors: [], values: {}, done: true, issuedPassword: result.oneTimePassword };
  } catch (error) {
    return refusedAs(formData, t("admin.error.unexpected", { id: logUnexpected(error, "resetPasswordAction") }));
  }
}
