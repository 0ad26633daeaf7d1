"use server";
// The user-management actions, through the one pipeline (lib/actions/pipeline.ts, ../admin-action.ts). The
// domain functions check the permission again: a hand-made post from a non-administrator is refused twice.
import { getDb } from "@/lib/db";
import type { AdminFormState } from "@/lib/actions/form-outcome";
import { createStaffUser } from "@/lib/admin/create-user";
import { deactivateUser, editStaffUser, forcePasswordReset, reactivateUser, unlockUser } from "@/lib/admin/change-user";
import { adminButton, adminForm } from "../admin-action";
import { createdState, createForm, editForm, resetForm, userIdOf } from "./forms";

export async function createUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  return adminForm(formData, createForm(formData), async (actor, input) => {
    const r = await createStaffUser({ db: getDb(), actor, input });
    return r.ok ? { ok: true, state: createdState(r), revalidate: ["/admin/users"] } : r;
  });
}

export async function editUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = userIdOf(formData);
  return adminForm(formData, editForm(formData, id), async (actor, input) => {
    const r = await editStaffUser({ db: getDb(), actor, userId: id!, input });
    return r.ok ? { ok: true, revalidate: ["/admin/users"], to: `/admin/users/${id}?done=updated` } : r;
  });
}

/** Deactivate, reactivate, unlock: one button each, the outcome shown by the account page. */
export async function deactivateAction(formData: FormData): Promise<void> {
  await adminButton(userIdOf(formData), "deactivateAction", "deactivated", (o) => deactivateUser({ db: getDb(), ...o }));
}

export async function reactivateAction(formData: FormData): Promise<void> {
  await adminButton(userIdOf(formData), "reactivateAction", "reactivated", (o) => reactivateUser({ db: getDb(), ...o }));
}

export async function unlockAction(formData: FormData): Promise<void> {
  await adminButton(userIdOf(formData), "unlockAction", "unlocked", (o) => unlockUser({ db: getDb(), ...o }));
}

/** Answers on the same page: a new one-time password exists only in this response. */
export async function resetPasswordAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = userIdOf(formData);
  return adminForm(formData, resetForm(formData, id), async (actor, i) => {
    const input = { issuePassword: i.issuePassword === "on", identityChecked: i.identityChecked === "on" };
    const r = await forcePasswordReset({ db: getDb(), actor, userId: id!, ...input });
    const state = { errors: [], values: {}, done: true, issuedPassword: r.ok ? r.oneTimePassword : null };
    return r.ok ? { ok: true, state, revalidate: [`/admin/users/${id}`] } : r;
  });
}
