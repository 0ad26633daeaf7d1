// The user forms' inputs for the pipeline (../admin-action.ts): what each parses, where sign-in comes back
// to, and the one sentence a post that does not parse gets. The schemas live with the domain (lib/admin).
import "server-only";
import { z } from "zod";
import type { AdminFormState } from "@/lib/actions/form-outcome";
import { createUserSchema } from "@/lib/admin/create-user";
import { editUserSchema } from "@/lib/admin/change-user";
import { fields } from "../admin-action";

const USER_FIELDS = ["username", "displayName", "badgeNumber", "role", "stationId", "jurisdictionId", "passwordMode", "password"] as const;
const EDIT_FIELDS = ["displayName", "badgeNumber", "role", "stationId", "jurisdictionId"] as const;
const on = z.enum(["on"]).optional();
// An applicant's reset: the administrator ticks that the resident's ID card was checked in person.
const resetSchema = z.object({ issuePassword: on, identityChecked: on });

export const userIdOf = (formData: FormData) => z.uuid().safeParse(formData.get("userId")).data ?? null;
const page = (id: string | null) => (id ? `/admin/users/${id}` : "/admin/users");
const manage = { permission: "manage:user:any" } as const;
const lead = (formData: FormData) => ({ stationLead: formData.get("stationLead") === "on" });

export function createForm(formData: FormData) {
  const raw = { ...fields(formData, USER_FIELDS), ...lead(formData) };
  return {
    ...manage,
    context: "createUserAction",
    back: "/admin/users/new",
    schema: createUserSchema,
    raw,
    invalid: "admin.error.roleRequired",
  } as const;
}

export function editForm(formData: FormData, id: string | null) {
  const raw = { ...fields(formData, EDIT_FIELDS), ...lead(formData) };
  return {
    ...manage,
    context: "editUserAction",
    back: page(id),
    schema: editUserSchema,
    raw,
    invalid: "admin.error.notFound",
    namesRow: !!id,
  } as const;
}

export function resetForm(formData: FormData, id: string | null) {
  const raw = { issuePassword: formData.get("issuePassword") ?? undefined, identityChecked: formData.get("identityChecked") ?? undefined };
  const o = { ...manage, context: "resetPasswordAction", back: page(id), schema: resetSchema, raw, namesRow: !!id, keep: false };
  return { ...o, invalid: "admin.error.notFound" } as const;
}

export function createdState(r: { userId: string; username: string; oneTimePassword: string | null }): AdminFormState {
  return { errors: [], values: {}, created: { userId: r.userId, username: r.username, oneTimePassword: r.oneTimePassword } };
}
