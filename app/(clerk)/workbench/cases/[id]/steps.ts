// The case screen's steps of the one action pipeline (lib/actions/pipeline.ts): the case's reference from
// the post, the session and the permission, and the redirect every outcome ends in (codes only, never text).
import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n";
import { failureOf, failureQuery, formAction, redirectAction, signedIn } from "@/lib/actions/pipeline";
import { postedValues, type FormOutcome, type FormProblem } from "@/lib/actions/form-outcome";
import { caseRef } from "./schemas";

export type Outcome = FormOutcome<Record<string, string | string[]>>;
const casePath = (id: string) => `/workbench/cases/${id}`;
const refOf = (formData: FormData) => ({ applicationId: formData.get("applicationId"), version: formData.get("version") ?? "1" });

/** The case's reference and the permission, or the redirect the form without JavaScript gets. */
export async function session(formData: FormData, permission: Permission): Promise<{ actor: Actor; id: string; version: number }> {
  const ref = caseRef.safeParse(refOf(formData));
  const actor = await signedIn(ref.success ? casePath(ref.data.applicationId) : "/workbench");
  if (!ref.success) redirect("/workbench?error=VALIDATION");
  if (!can(actor, permission)) redirect(`${casePath(ref.data.applicationId)}?error=FORBIDDEN`);
  return { actor, id: ref.data.applicationId, version: ref.data.version };
}

/** A redirect action's fixed parts: its name in the log, its done code, its permission, its schema. */
export interface CaseSpec<S extends z.ZodType<{ applicationId: string; version: number }>> {
  context: string;
  done: string;
  permission: Permission | ((actor: Actor) => Permission);
  schema: S;
}

/** A redirect action on the case: done, or the code of its refusal, shown on the case (the queue after a hand back). */
export async function onCase<S extends z.ZodType<{ applicationId: string; version: number }>>(
  formData: FormData,
  o: CaseSpec<S>,
  raw: Record<string, unknown>,
  work: (actor: Actor, input: z.infer<S>, ref: { applicationId: string; expectedVersion: number }) => Promise<unknown>,
): Promise<never> {
  const ref = caseRef.safeParse(refOf(formData));
  const page = ref.success ? casePath(ref.data.applicationId) : "/workbench";
  return redirectAction({
    context: o.context,
    back: page,
    schema: o.schema,
    raw: { ...refOf(formData), ...raw },
    invalid: `${page}?error=VALIDATION`,
    permission: o.permission,
    forbidden: `${page}?error=FORBIDDEN`,
    revalidate: ["/workbench", page],
    run: async (actor, input) => {
      await work(actor, input as z.infer<S>, { applicationId: input.applicationId, expectedVersion: input.version });
      return `done=${o.done}&case=${input.applicationId}`;
    },
    // A hand back or reassignment leaves the case with someone else: back to the queue.
    to: (query, ok) => (o.done === "handedBack" && ok ? `/workbench?${query}` : `${page}?${query}`),
  });
}

/** Who asks to see a full number, of which case, and of which member (none: the applicant's own). */
export async function revealTarget(formData: FormData): Promise<{ actor: Actor; applicationId: string; memberId: string | null }> {
  const { actor, id } = await session(formData, "reveal:person:station");
  const memberId = z.uuid().safeParse(formData.get("memberId") || undefined);
  return { actor, applicationId: id, memberId: memberId.success ? memberId.data : null };
}

/** What a refused reveal says: the code's sentence, or the generic one. */
export async function revealRefusal(error: unknown): Promise<{ value: null; error: string }> {
  const { t } = await getT();
  const failure = failureOf(error, "revealAction");
  return { value: null, error: failure.code === "UNEXPECTED" ? t("common.genericError") : t(`errors.${failure.code}`) };
}

/**
 * A decision form (useActionState): session, the case reference and the permission (else a redirect), the
 * form's schema (its issues back beside their fields, what was typed kept), then the domain call, whose
 * outcome is a redirect to the case — or, for a refusal the clerk can fix in the form (`fixable`), problems
 * beside their fields.
 */
export async function decide<S extends z.ZodType>(
  formData: FormData,
  o: {
    context: string;
    done: string;
    permission: Permission;
    schema: S;
    raw: unknown;
    multi?: readonly string[];
    fixable?: (error: unknown, t: Translate) => FormProblem[] | null;
  },
  work: (actor: Actor, ref: { applicationId: string; expectedVersion: number }, input: z.infer<S>) => Promise<unknown>,
): Promise<Outcome> {
  const { actor, id, version } = await session(formData, o.permission);
  const onCase = (query: string) => ({ revalidate: ["/workbench", casePath(id)], to: `${casePath(id)}?${query}` });
  const end = (done: { revalidate: readonly string[]; to: string }): never => {
    for (const path of done.revalidate) revalidatePath(path);
    redirect(done.to);
  };
  return formAction<S, Outcome>({
    context: o.context,
    session: async () => actor,
    schema: o.schema,
    raw: o.raw,
    permission: o.permission,
    values: postedValues(formData, o.multi ?? []),
    forbidden: () => redirect(`${casePath(id)}?error=FORBIDDEN`),
    known: o.fixable,
    failed: (failure) => end(onCase(failureQuery(failure))),
    run: async (actor, input) => {
      await work(actor, { applicationId: id, expectedVersion: version }, input);
      return onCase(`done=${o.done}&case=${id}`);
    },
  });
}
