// The admin area's steps of the one action pipeline (lib/actions/pipeline.ts). Refusals come back as
// catalogue text, never raw errors; a form's answer is AdminFormState, a button's a redirect with a code.
import "server-only";
import { z } from "zod";
import type { Actor, Permission } from "@/lib/auth/permissions";
import type { MessageKey, Translate } from "@/lib/i18n";
import { formAction, redirectAction, signedIn } from "@/lib/actions/pipeline";
import { postedText, type AdminFormState } from "@/lib/actions/form-outcome";
import type { AdminProblem, AdminResult } from "@/lib/admin/user-rules";

/** A problem with no field of its own is linked to the form itself (id f-form). */
export function problemTexts(errors: AdminProblem[], t: Translate) {
  return errors.map((e) => ({ field: e.field ?? "form", text: t(e.message) }));
}

/** The last part of a refusal's catalogue key (adminArea.e.lastAdmin → lastAdmin), for a redirect query. */
export function codeOf(errors: AdminProblem[]): string {
  return errors[0]?.message.split(".").pop() ?? "unexpected";
}

/** Form fields as strings (absent → ""), for zod. */
export { textFields as fields } from "@/lib/actions/pipeline";

export interface AdminFormOptions<S extends z.ZodType> {
  context: string;
  back: string;
  permission: Permission;
  schema: S;
  raw: unknown;
  /** The one sentence of a post that does not parse (or names no row). */
  invalid: MessageKey;
  /** false: the post names no row to change (its id is missing or not one), so nothing in it is read. */
  namesRow?: boolean;
  /** false: nothing typed is sent back with a refusal (a password reset). */
  keep?: boolean;
}

/**
 * An admin form (useActionState): session, schema (refused with one sentence, `invalid`), permission, the
 * domain call — whose refusal comes back field by field, what was typed kept (`keep: false` sends nothing
 * back) — and either a state to show (a one-time password exists only in it) or a redirect.
 */
export async function adminForm<S extends z.ZodType>(
  formData: FormData,
  o: AdminFormOptions<S>,
  work: (actor: Actor, input: z.infer<S>) => Promise<AdminResult<{ state?: AdminFormState; revalidate?: readonly string[]; to?: string }>>,
): Promise<AdminFormState> {
  const form = (text: string) => [{ field: "form", text }];
  return formAction<S, AdminFormState>({
    context: o.context,
    session: () => signedIn(o.back),
    raw: o.raw,
    values: postedText(formData),
    permission: o.permission,
    // A post that names no row is refused like one that does not parse.
    schema: o.namesRow === false ? o.schema.refine(() => false) : o.schema,
    refused: (_issues, t) => form(t(o.invalid)),
    forbidden: (t) => form(t("admin.error.forbidden")),
    failed: (f, t) => form(f.code === "UNEXPECTED" ? t("admin.error.unexpected", { id: f.id }) : t(`errors.${f.code}`)),
    run: async (actor, input, t) => {
      const result = await work(actor, input);
      if (!result.ok) return { outcome: { errors: problemTexts(result.errors, t), values: o.keep === false ? {} : postedText(formData) } };
      return { revalidate: result.revalidate, to: result.to, outcome: result.state };
    },
  });
}

/**
 * Deactivate, reactivate, unlock: one button each, through the one redirect flow (redirectAction); the account
 * page words the outcome (`done=<code>`, or `error=<code>`: the refusal's own, FORBIDDEN, or UNEXPECTED with an id).
 */
export async function adminButton(
  userId: string | null,
  context: string,
  done: string,
  work: (o: { actor: Actor; userId: string }) => Promise<AdminResult>,
): Promise<never> {
  const page = userId ? `/admin/users/${userId}` : "/admin/users";
  return redirectAction({
    context,
    back: page,
    schema: z.uuid(),
    raw: userId,
    invalid: "/admin/users",
    permission: "manage:user:any",
    forbidden: `${page}?error=FORBIDDEN`,
    run: async (actor, id) => {
      const result = await work({ actor, userId: id });
      return result.ok ? `done=${done}` : `error=${codeOf(result.errors)}`;
    },
    revalidate: ["/admin/users", page],
    to: (query) => `${page}?${query}`,
  });
}
