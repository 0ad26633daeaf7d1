"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary, FieldError } from "@/components/forms/error-summary";
import { TextArea } from "@/components/forms/field";
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
      <ErrorSummary title={props.labels.summary} errors={state.errors} look="card" idOf={(f) => f} />
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <fieldset aria-describedby={scoreError ? "score-error" : undefined}>
        <legend className="font-medium">{props.labels.legend}</legend>
        <FieldError id="score-error" text={scoreError} look="card" />
        <div className="mt-2 space-y-1">
          {(["5", "4", "3", "2", "1"] as const).map((s) => (
            <div key={s} className="flex items-center gap-2">
              <input type="radio" id={`score-${s}`} name="score" value={s} defaultChecked={state.values.score === s} className="h-5 w-5" />
              <label htmlFor={`score-${s}`}>{props.labels.scores[s]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextArea
        id="comment"
        name="comment"
        label={props.labels.comment}
        error={commentError}
        value={state.values.comment}
        maxLength={500}
      />
      <SubmitButton pending={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        {props.labels.submit}
      </SubmitButton>
    </form>
  );
}
