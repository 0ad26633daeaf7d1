// What the case screen's decision forms share: their state type, input classes, the hidden case reference,
// and reading back what was typed (a refused post comes back with it).
import type { ReactNode } from "react";
import type { FormOutcome } from "@/lib/actions/form-outcome";
import { ErrorSummary, FieldErrors } from "@/components/forms/error-summary";

export type DecisionFormState = FormOutcome<Record<string, string | string[]>>;
export type Action = (prev: DecisionFormState, formData: FormData) => Promise<DecisionFormState>;
export type Labels = Record<string, string>;

// Without its width, for a field set in from the left (one width class only: two conflicting ones
// leave the winner to the stylesheet's order, and w-full won, pushing the note past its box).
export const inputBox = "mt-1 block rounded border border-stone-400 px-2 py-1.5 text-sm";
export const input = `${inputBox} w-full`;
export const button = "rounded px-4 py-2 text-sm font-medium text-white";

export function Hidden({ applicationId, version }: { applicationId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export const v = (state: DecisionFormState, name: string, fallback = "") =>
  typeof state.values[name] === "string" ? (state.values[name] as string) : fallback;
export const has = (state: DecisionFormState, name: string, value: string, fallback: boolean) =>
  Object.keys(state.values).length === 0 ? fallback : ([] as string[]).concat(state.values[name] ?? []).includes(value);

/** A decision form's frame: its title, the error summary (links to `<name>-<field>`), the case reference, the fields. */
export function DecisionForm(props: {
  name: string;
  title: string;
  errorSummary: string;
  state: DecisionFormState;
  action: (formData: FormData) => void;
  applicationId: string;
  version: number;
  /** Problems that belong to no field, shown under the summary (the approval's). */
  formErrors?: boolean;
  children: ReactNode;
}) {
  const { name, state } = props;
  return (
    <form action={props.action} className="space-y-3" aria-labelledby={`${name}-title`} noValidate>
      <h3 id={`${name}-title`} className="text-base font-semibold">
        {props.title}
      </h3>
      <ErrorSummary title={props.errorSummary} errors={state.errors} look="panel" idOf={(f) => `${name}-${f}`} />
      {props.formErrors ? <FieldErrors errors={state.errors} field="form" /> : null}
      <Hidden applicationId={props.applicationId} version={props.version} />
      {props.children}
    </form>
  );
}

/** One field of a decision form: label (for `<form>-<field>`), hint, its errors, then the control. */
export function DecisionField(props: {
  form: string;
  field: string;
  label: string;
  state: DecisionFormState;
  hint?: string;
  hintId?: string;
  strong?: boolean;
  children: ReactNode;
}) {
  return (
    <div>
      <label className={props.strong === false ? "block text-sm" : "block text-sm font-medium"} htmlFor={`${props.form}-${props.field}`}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={props.hintId} className="text-xs text-stone-600">
          {props.hint}
        </p>
      ) : null}
      <FieldErrors errors={props.state.errors} field={props.field} />
      {props.children}
    </div>
  );
}
