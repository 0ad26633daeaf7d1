// One labelled field: its label, its hint, its error beside it, then the control (the page's forms: the
// admin's, registration). TextArea is the same for a free-text answer in a card (the applicant's case page).
// Ids follow the field: `<id>-hint`, `<id>-error`. No hooks: server or client.
import type { ReactNode } from "react";
import { describedBy, FieldError } from "./error-summary";

export function Field(props: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode }) {
  const { id, hint, error } = props;
  return (
    <div className={error ? "flex flex-col gap-1 border-l-4 border-red-700 pl-3" : "flex flex-col gap-1"}>
      <LabelAndHint id={id} label={props.label} hint={hint} className="font-medium" />
      <FieldError id={`${id}-error`} text={error} />
      {props.children}
    </div>
  );
}

/** A free-text answer: label, hint, error, and a textarea described by them (the error also reddens its border). */
export function TextArea(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  maxLength: number;
  required?: boolean;
}) {
  const { id, hint, error } = props;
  return (
    <div>
      <LabelAndHint id={id} label={props.label} hint={hint} className="block font-medium" />
      <FieldError id={`${id}-error`} text={error} look="card" />
      <textarea
        id={id}
        name={props.name}
        rows={3}
        maxLength={props.maxLength}
        required={props.required}
        defaultValue={props.value ?? ""}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`mt-1 w-full rounded border p-2 ${error ? "border-red-700" : "border-stone-400"}`}
      />
    </div>
  );
}

function LabelAndHint(props: { id: string; label: ReactNode; hint?: ReactNode; className: string }) {
  return (
    <>
      <label htmlFor={props.id} className={props.className}>
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-sm text-stone-600">
          {props.hint}
        </p>
      ) : null}
    </>
  );
}
