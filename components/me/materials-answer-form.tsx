"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary, FieldError, describedBy } from "@/components/forms/error-summary";
import { TextArea } from "@/components/forms/field";
import { EMPTY_FORM as EMPTY_FORM_STATE, errorFor, type FormOutcome as FormState } from "@/lib/actions/form-outcome";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface RequestedItemView {
  /** The key its files are sent under (`file-<key>`): a checklist id, or `other-<n>` for a free-text item. */
  key: string;
  freeText: boolean;
  label: string;
  note: string;
  uploaded: string[];
}

/** Every requested item at once — a file input (several files allowed) for each, one note, one submit. */
export function MaterialsAnswerForm(props: {
  action: Action;
  applicationId: string;
  version: number;
  items: RequestedItemView[];
  labels: { files: string; filesOther: string; otherHint: string; note: string; submit: string; summary: string; uploaded: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const noteError = errorFor(state, "answer-note");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <ErrorSummary title={props.labels.summary} errors={state.errors} look="card" idOf={(f) => f} />
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <input type="hidden" name="version" value={props.version} />
      <ol className="space-y-3">
        {props.items.map((it) => (
          <RequestedItem key={`file-${it.key}`} item={it} errors={state.errors} labels={props.labels} />
        ))}
      </ol>
      <TextArea id="answer-note" name="note" label={props.labels.note} error={noteError} value={state.values.note} maxLength={1000} />
      <SubmitButton pending={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {props.labels.submit}
      </SubmitButton>
    </form>
  );
}

/** One requested item: its label and note, what was sent already, and a file input (several files allowed). */
function RequestedItem({
  item: it,
  errors,
  labels,
}: {
  item: RequestedItemView;
  errors: FormState["errors"];
  labels: { files: string; filesOther: string; otherHint: string; uploaded: string };
}) {
  const field = `file-${it.key}`;
  // A field may carry several problems (one per refused file): all of them are shown.
  const error =
    errors
      .filter((e) => e.field === field)
      .map((e) => e.text)
      .join(" ") || undefined;
  const hint = it.freeText ? `${field}-hint` : null;
  return (
    <li className={`rounded border p-3 ${error ? "border-red-700" : "border-stone-300"}`} data-testid={`answer-${it.key}`}>
      <p className="font-medium">{it.label}</p>
      {it.note ? <p className="break-words text-stone-700">{it.note}</p> : null}
      <div className="mt-2">
        {it.uploaded.length > 0 ? (
          <p className="break-all text-sm text-green-800">{labels.uploaded.replace("{names}", it.uploaded.join("、"))}</p>
        ) : null}
        <label htmlFor={field} className="block text-sm font-medium">
          {it.freeText ? labels.filesOther : labels.files}
        </label>
        {hint ? (
          <p id={hint} className="text-sm text-stone-600">
            {labels.otherHint}
          </p>
        ) : null}
        <FieldError id={`${field}-error`} text={error} look="card" />
        <input
          type="file"
          id={field}
          name={field}
          multiple
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={describedBy(field, hint, error)}
          aria-invalid={error ? true : undefined}
          className="mt-1 block w-full max-w-full text-sm file:mr-3 file:rounded file:border file:border-stone-400 file:bg-white file:px-3 file:py-1.5"
        />
      </div>
    </li>
  );
}
