"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextArea } from "@/components/forms/field";
import { EMPTY_FORM as EMPTY_FORM_STATE, errorFor, type FormOutcome as FormState } from "@/lib/actions/form-outcome";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function WithdrawForm(props: {
  action: Action;
  applicationId: string;
  version: number;
  cancelHref: string;
  labels: { title: string; reason: string; hint: string; confirm: string; cancel: string; summary: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const error = errorFor(state, "reason");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <h3 className="font-semibold">{props.labels.title}</h3>
      <ErrorSummary title={props.labels.summary} errors={state.errors} look="card" idOf={(f) => f} />
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <input type="hidden" name="version" value={props.version} />
      <TextArea
        id="reason"
        name="reason"
        label={props.labels.reason}
        hint={props.labels.hint}
        error={error}
        value={state.values.reason}
        maxLength={500}
        required
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending} className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          {props.labels.confirm}
        </SubmitButton>
        <a href={props.cancelHref} className="text-brand-700 underline">
          {props.labels.cancel}
        </a>
      </div>
    </form>
  );
}
