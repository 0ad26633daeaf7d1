"use client";
import { useActionState } from "react";
import { ErrorSummary, FieldMessage } from "./error-summary";
import { EMPTY_FORM as EMPTY_FORM_STATE, errorFor, type FormOutcome as FormState } from "@/lib/actions/form-outcome";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function RatingForm(props: {
  action: Action;
  applicationId: string;
  labels: { legend: string; scores: Record<"1" | "2" | "3" | "4" | "5", string>; comment: string; submit: string; summary: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const scoreError = errorFor(state, "score-1");
  const commentError = errorFor(state, "comment");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <ErrorSummary title={props.labels.summary} errors={state.errors} />
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <fieldset aria-describedby={scoreError ? "score-error" : undefined}>
        <legend className="font-medium">{props.labels.legend}</legend>
        <FieldMessage id="score-error" message={scoreError} />
        <div className="mt-2 space-y-1">
          {(["5", "4", "3", "2", "1"] as const).map((s) => (
            <div key={s} className="flex items-center gap-2">
              <input type="radio" id={`score-${s}`} name="score" value={s} defaultChecked={state.values.score === s} className="h-5 w-5" />
              <label htmlFor={`score-${s}`}>{props.labels.scores[s]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="comment" className="block font-medium">
          {props.labels.comment}
        </label>
        <FieldMessage id="comment-error" message={commentError} />
        <textarea
          id="comment"
          name="comment"
          rows={3}
          maxLength={500}
          defaultValue={state.values.comment ?? ""}
          aria-describedby={commentError ? "comment-error" : undefined}
          aria-invalid={commentError ? true : undefined}
          className="mt-1 w-full rounded border border-stone-400 p-2"
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {props.labels.submit}
      </button>
    </form>
  );
}
