"use server";
// The user-management actions, through the one pipeline (lib/actions/pipeline.ts, ../admin-action.ts). The
// domain functions check the permission again: a hand-made post from a non-administrator is refused twice.
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { AdminFormState } from "@/lib/actions/form-outcome";
import { createStaffUser, createUserSchema } from "@/lib/admin/create-user";
import { deactivateUser, editStaffUser, editUserSchema, forcePasswordReset, reactivateUser, unlockUser } from "@/lib/admin/change-user";
import { adminButton, adminForm, fields } from "../admin-action";

const USER_FIELDS = ["username", "displayName", "badgeNumber", "role", "stationId", "jurisdictionId", "passwordMode", "password"] as const;
const EDIT_FIELDS = ["displayName", "badgeNumber", "role", "stationId", "jurisdictionId"] as const;
const idOf = (formData: FormData) => z.uuid().safeParse(formData.get("userId")).data ?? null;
const page = (id: string | null) => (id ? `/admin/users/${id}` : "/admin/users");
const on = z.enum(["on"]).optional();
const manage = { permission: "manage:user:any" } as const;

export async function createUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const raw = { ...fields(formData, USER_FIELDS), stationLead: formData.get("stationLead") === "on" };
  const o = {
    ...manage,
    context: "createUserAction",
    back: "/admin/users/new",
    schema: createUserSchema,
    raw,
    invalid: "adminArea.e.roleRequired",
  } as const;
  return adminForm(formData, o, async (actor, input) => {
    const r = await createStaffUser({ db: getDb(), actor, input });
    if (!r.ok) return r;
    const created = { userId: r.userId, username: r.username, oneTimePassword: r.oneTimePassword };
    return { ok: true, state: { errors: [], values: {}, created }, revalidate: ["/admin/users"] };
  });
}

export async function editUserAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = idOf(formData);
  const raw = { ...fields(formData, EDIT_FIELDS), stationLead: formData.get("stationLead") === "on" };
  const o = {
    ...manage,
    context: "editUserAction",
    back: page(id),
    schema: editUserSchema,
    raw,
    invalid: "adminArea.e.notFound",
    ok: !!id,
  } as const;
  return adminForm(formData, o, async (actor, input) => {
    const r = await editStaffUser({ db: getDb(), actor, userId: id!, input });
    return r.ok ? { ok: true, revalidate: ["/admin/users"], to: `/admin/users/${id}?done=updated` } : r;
  });
}

export async function deactivateAction(formData: FormData): Promise<void> {
  await adminButton(idOf(formData), { context: "deactivateAction", done: "deactivated" }, (actor, userId) =>
    deactivateUser({ db: getDb(), actor, userId }),
  );
}

export async function reactivateAction(formData: FormData): Promise<void> {
  await adminButton(idOf(formData), { context: "reactivateAction", done: "reactivated" }, (actor, userId) =>
    reactivateUser({ db: getDb(), actor, userId }),
  );
}

export async function unlockAction(formData: FormData): Promise<void> {
  await adminButton(idOf(formData), { context: "unlockAction", done: "unlocked" }, (actor, userId) =>
    unlockUser({ db: getDb(), actor, userId }),
  );
}

/** Answers on the same page: a new one-time password exists only in this response. */
export async function resetPasswordAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = idOf(formData);
  // An applicant's reset: the administrator ticks that the resident's ID card was checked in person.
  const schema = z.object({ issuePassword: on, identityChecked: on });
  const raw = { issuePassword: formData.get("issuePassword") ?? undefined, identityChecked: formData.get("identityChecked") ?? undefined };
  const o = {
    ...manage,
    context: "resetPasswordAction",
    back: page(id),
    schema,
    raw,
    invalid: "adminArea.e.notFound",
    ok: !!id,
    keep: false,
  } as const;
  return adminForm(formData, o, async (actor, i) => {
    const input = { issuePassword: i.issuePassword === "on", identityChecked: i.identityChecked === "on" };
    const r = await forcePasswordReset({ db: getDb(), actor, userId: id!, ...input });
    if (!r.ok) return r;
    return {
      ok: true,
      state: { errors: [], values: {}, done: true, issuedPassword: r.oneTimePassword },
      revalidate: [`/admin/users/${id}`],
    };
  });
}
