// The case page's steps of the one action pipeline (lib/actions/pipeline.ts): session, schema, permission,
// the domain call and the one error mapping, answered as form state (every problem at once, what was typed
// kept) or, when done, a redirect to the case. The schemas sit here, beside their actions (README house rule 9).
import "server-only";
import { z } from "zod";
import type { Actor, Permission } from "@/lib/auth/permissions";
import type { MessageKey, Translate } from "@/lib/i18n";
import { failureText, formAction, issueProblems, signedIn } from "@/lib/actions/pipeline";
import type { FormOutcome, FormProblem } from "@/lib/actions/form-outcome";
import { WITHDRAW_REASON_MAX } from "@/lib/applications/withdraw-application";
import { RATING_COMMENT_MAX } from "@/lib/applications/rate-application";
import { ANSWER_NOTE_MAX } from "@/lib/applications/answer-materials";
import { isUuid } from "@/lib/security/uuid";

export const casePath = (id: string) => `/me/cases/${id}`;
const caseRef = { applicationId: z.uuid(), version: z.coerce.number().int().min(1) };
const text = (v: FormDataEntryValue | null) => String(v ?? "");

export const withdrawSchema = z.object({
  ...caseRef,
  reason: z.string().trim().min(1, "me.withdraw.required").max(WITHDRAW_REASON_MAX, "me.withdraw.tooLong"),
});
export const rateSchema = z.object({
  applicationId: z.uuid(),
  score: z.coerce.number().int().min(1).max(5),
  comment: z.string().trim().max(RATING_COMMENT_MAX),
});
export const answerSchema = z.object({ ...caseRef, note: z.string().trim().max(ANSWER_NOTE_MAX, "me.errors.noteTooLong") });

export const withdrawRaw = (f: FormData) => ({
  applicationId: f.get("applicationId"),
  version: f.get("version"),
  reason: text(f.get("reason")),
});
export const rateRaw = (f: FormData) => ({
  applicationId: f.get("applicationId"),
  score: text(f.get("score")),
  comment: text(f.get("comment")),
});
export const answerRaw = (f: FormData) => ({ applicationId: f.get("applicationId"), version: f.get("version"), note: text(f.get("note")) });

/** A refusal of the schema: a bad case reference is one VALIDATION at the form's field; the rest beside their fields. */
export function fieldOrValidation(field: string) {
  return (issues: readonly z.core.$ZodIssue[], t: Translate): FormProblem[] =>
    issues.some((i) => !["reason", "note"].includes(String(i.path[0])))
      ? [{ field, text: t("errors.VALIDATION") }]
      : issueProblems(issues, t).map((p) => ({ ...p, field }));
}

/** The rating's problems: the score (required), the comment (too long), the case reference. */
export function ratingProblems(issues: readonly z.core.$ZodIssue[], t: Translate, raw: { score: string }): FormProblem[] {
  const paths = new Set(issues.map((i) => i.path[0]));
  const out: [boolean, string, MessageKey][] = [
    [paths.has("score") || !raw.score, "score-1", "me.rating.scoreRequired"],
    [paths.has("comment"), "comment", "me.rating.commentTooLong"],
    [paths.has("applicationId"), "score-1", "errors.VALIDATION"],
  ];
  return out.filter(([on]) => on).map(([, field, key]) => ({ field, text: t(key) }));
}

export type Done = { revalidate: readonly string[]; to: string };

export async function onOwnCase<S extends z.ZodType, R extends { applicationId: unknown }>(
  o: {
    context: string;
    permission: Permission;
    also?: Permission;
    field: string;
    schema: S;
    raw: R;
    values: Record<string, string>;
    refused: (issues: readonly z.core.$ZodIssue[], t: Translate, raw: R) => FormProblem[];
    known?: (error: unknown, t: Translate) => FormProblem[] | null;
  },
  work: (actor: Actor, input: z.infer<S>, t: Translate) => Promise<Done | FormOutcome>,
): Promise<FormOutcome> {
  const { field } = o;
  return formAction({
    context: o.context,
    schema: o.schema,
    raw: o.raw,
    values: o.values,
    known: o.known,
    session: () => signedIn(isUuid(o.raw.applicationId) ? casePath(o.raw.applicationId) : "/me"),
    refused: (issues, t) => o.refused(issues, t, o.raw),
    permission: o.also ? [o.permission, o.also] : o.permission,
    forbidden: (t) => [{ field, text: t("errors.FORBIDDEN") }],
    failed: (failure, t) => [{ field, text: failureText(t, failure) }],
    run: async (actor, input, t) => {
      const done = await work(actor, input, t);
      return "errors" in done ? { outcome: done } : done;
    },
  });
}
