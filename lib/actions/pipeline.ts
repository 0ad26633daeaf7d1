// The one pipeline every server action goes through (README house rule 4, issue 17): session → sign-in redirect →
// zod parse → permission → domain call → one error mapping → revalidate/redirect. An action says only what
// differs: where it comes back to, its schema, its permission, its domain call and how its outcome is shown.
// Two outcome shapes: a redirect whose query carries codes only (forms that work without JavaScript) and a
// FormOutcome for useActionState forms (lib/actions/form-outcome.ts). docs/decisions/0278.
import "server-only";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getActor, type ActorOptions } from "@/lib/auth/session";
import { can, ForbiddenError, UnauthenticatedError, type Actor, type Permission } from "@/lib/auth/permissions";
import { DomainError, logUnexpected } from "@/lib/errors";
import type { MessageKey, Translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import type { FormOutcome, FormProblem } from "./form-outcome";
import { failureText, type Failure } from "./outcome";

export { failureText, type Failure };

/** The one error mapping: expected errors to their code, anything else logged with an id (README house rule 8). */
export function failureOf(error: unknown, context: string): Failure {
  if (error instanceof DomainError) return { code: error.code, details: error.details };
  if (error instanceof ForbiddenError) return { code: "FORBIDDEN", details: [] };
  if (error instanceof UnauthenticatedError) return { code: "UNAUTHENTICATED", details: [] };
  return { code: "UNEXPECTED", details: [], id: logUnexpected(error, context) };
}

/** A failure as a redirect query: codes only, never text (the page words them; components/forms/outcome-banner.tsx). */
export function failureQuery(failure: Failure): string {
  if (failure.code === "UNEXPECTED") return `error=UNEXPECTED&id=${failure.id}`;
  const detail = failure.code === "STALE" && failure.details.includes("registry") ? "&detail=registry" : "";
  return `error=${failure.code}${detail}`;
}

export function errorQuery(error: unknown, context: string): string {
  return failureQuery(failureOf(error, context));
}

/** Where a signed-out post goes: sign-in, coming back to `back`. */
export function signInPath(back: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(back)}`;
}

/** The session step: the actor (getActor also sends a pending password change on), or off to sign-in. */
export async function signedIn(back: string, options?: ActorOptions): Promise<Actor> {
  const actor = await getActor(options);
  if (!actor) redirect(signInPath(back));
  return actor;
}

/** Form fields as strings (absent or a file → ""), for zod. */
export function textFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : ""]));
}

/** Every text field posted (Next's own `$ACTION…` fields aside). */
export function allTextFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}

export interface RedirectActionSpec<S extends z.ZodType> {
  /** Names the action in the log of an unexpected error. */
  context: string;
  /** Where a signed-out post comes back to after sign-in. */
  back: string;
  schema: S;
  /** What the schema parses (usually some of the posted fields). */
  raw: unknown;
  /** Where a post that does not parse goes. */
  invalid: string;
  permission: Permission | ((actor: Actor) => Permission);
  /** Where a post without the permission goes. */
  forbidden: string;
  /** The domain call; its answer is the query of a success (e.g. "done=approved"). */
  run: (actor: Actor, input: z.infer<S>) => Promise<string>;
  revalidate: readonly string[] | ((input: z.infer<S>) => readonly string[]);
  /** The page the outcome's query goes to (a failure's details at hand, for the few pages that show them). */
  to: (query: string, ok: boolean, input: z.infer<S>, failure: Failure | null) => string;
}

/** A form that posts without JavaScript: every answer is a redirect whose query carries codes only. */
export async function redirectAction<S extends z.ZodType>(spec: RedirectActionSpec<S>): Promise<never> {
  const actor = await signedIn(spec.back);
  const parsed = spec.schema.safeParse(spec.raw);
  if (!parsed.success) redirect(spec.invalid);
  const input = parsed.data as z.infer<S>;
  if (!can(actor, typeof spec.permission === "function" ? spec.permission(actor) : spec.permission)) redirect(spec.forbidden);
  let query: string;
  let failure: Failure | null = null;
  try {
    query = await spec.run(actor, input);
  } catch (error) {
    failure = failureOf(error, spec.context);
    query = failureQuery(failure);
  }
  for (const path of typeof spec.revalidate === "function" ? spec.revalidate(input) : spec.revalidate) revalidatePath(path);
  redirect(spec.to(query, failure === null, input, failure));
}

/** A schema's issues as form problems: each issue's message is a catalogue key (see the schemas beside the actions). */
export function issueProblems(issues: readonly z.core.$ZodIssue[], t: Translate): FormProblem[] {
  return issues.map((i) => ({ field: String(i.path[0] ?? "form"), text: t(i.message as MessageKey) }));
}

/** The named fields as posted, absent ones undefined (what zod's optional() expects). */
export function posted(formData: FormData, names: readonly string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((k) => [k, formData.get(k) ?? undefined]));
}

type AnyOutcome = FormOutcome<Record<string, string | string[]>>;

/** How a useActionState form's domain call ended: paths to revalidate, then a redirect or an outcome to show. */
export interface FormDone<O extends AnyOutcome> {
  revalidate?: readonly string[];
  to?: string;
  outcome?: O;
}

/** What a useActionState form's steps share, whoever may post it. */
interface FormSteps<S extends z.ZodType, O extends AnyOutcome> {
  /** Names the action in the log of an unexpected error. */
  context: string;
  schema: S;
  raw: unknown;
  /** What was typed, sent back with every refusal so nothing is typed twice. */
  values: O["values"];
  /** The schema's issues as problems (by default each beside its field). */
  refused?: (issues: readonly z.core.$ZodIssue[], t: Translate) => FormProblem[];
  /** A refusal the reader can fix in the form, beside its field; looked at before the one error mapping. */
  known?: (error: unknown, t: Translate) => FormProblem[] | null;
  /** Any other failure, once mapped (failureOf): its problems (or a redirect), or an outcome that shows more (e.g. the error id apart). */
  failed: (failure: Failure, t: Translate) => Refusal<O>;
}

/** A refusal: its problems, or the whole outcome but what was typed (which the pipeline adds). */
export type Refusal<O extends AnyOutcome> = FormProblem[] | Omit<O, "values">;

export interface FormActionSpec<S extends z.ZodType, O extends AnyOutcome> extends FormSteps<S, O> {
  /** The session step: `() => signedIn(back)`, or a steps module's own that also reads the case reference. */
  session: () => Promise<Actor>;
  /** Every one of them is needed. */
  permission: Permission | readonly Permission[];
  /** A post without the permission: its problems (or a redirect). */
  forbidden: (t: Translate) => FormProblem[];
  run: (actor: Actor, input: z.infer<S>, t: Translate) => Promise<FormDone<O>>;
}

/**
 * A useActionState form: session → zod parse (issues become problems beside their fields) → permission →
 * domain call → one error mapping → revalidate → a redirect, or the outcome (problems and what was typed).
 */
export async function formAction<S extends z.ZodType, O extends AnyOutcome>(spec: FormActionSpec<S, O>): Promise<O> {
  const actor = await spec.session();
  const permissions: readonly Permission[] = typeof spec.permission === "string" ? [spec.permission] : spec.permission;
  const allowed = (t: Translate) => (permissions.every((p) => can(actor, p)) ? null : spec.forbidden(t));
  return afterSession(spec, allowed, (input, t) => spec.run(actor, input, t));
}

/** The session step of a form for visitors without an account (registration): a signed-in visitor is sent on. */
export async function signedOut(onward: (actor: Actor) => string): Promise<null> {
  const actor = await getActor();
  if (actor) redirect(onward(actor));
  return null;
}

export interface VisitorFormActionSpec<S extends z.ZodType, O extends AnyOutcome> extends FormSteps<S, O> {
  /** The session step: `() => signedOut(onward)`. */
  session: () => Promise<null>;
  run: (input: z.infer<S>, t: Translate) => Promise<FormDone<O>>;
}

/** A useActionState form anyone without an account may post: formAction's steps with no actor and no permission. */
export async function visitorFormAction<S extends z.ZodType, O extends AnyOutcome>(spec: VisitorFormActionSpec<S, O>): Promise<O> {
  await spec.session();
  return afterSession(spec, () => null, spec.run);
}

/** The steps after the session: zod parse → permission (`allowed`: null, or the refusal) → domain call → one error mapping. */
async function afterSession<S extends z.ZodType, O extends AnyOutcome>(
  spec: FormSteps<S, O>,
  allowed: (t: Translate) => FormProblem[] | null,
  run: (input: z.infer<S>, t: Translate) => Promise<FormDone<O>>,
): Promise<O> {
  const { t } = await getT();
  const refuse = (refusal: Refusal<O>) =>
    (Array.isArray(refusal) ? { errors: refusal, values: spec.values } : { ...refusal, values: spec.values }) as O;
  const parsed = spec.schema.safeParse(spec.raw);
  if (!parsed.success) return refuse((spec.refused ?? issueProblems)(parsed.error.issues, t));
  const forbidden = allowed(t);
  if (forbidden) return refuse(forbidden);
  let done: FormDone<O>;
  try {
    done = await run(parsed.data as z.infer<S>, t);
  } catch (error) {
    return refuse(spec.known?.(error, t) ?? spec.failed(failureOf(error, spec.context), t));
  }
  for (const path of done.revalidate ?? []) revalidatePath(path);
  if (done.to) redirect(done.to);
  return done.outcome ?? ({ errors: [], values: {} } as unknown as O);
}
