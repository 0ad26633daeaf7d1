"use client";
import { useActionState } from "react";
import { ErrorSummary, FieldMessage } from "./error-summary";
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
      <ErrorSummary title={props.labels.summary} errors={state.errors} />
      <input type="hidden" name="applicationId" value={props.applicationId} />
      <input type="hidden" name="version" value={props.version} />
      <div>
        <label htmlFor="reason" className="block font-medium">
          {props.labels.reason}
        </label>
        <p id="reason-hint" className="text-sm text-stone-600">
          {props.labels.hint}
        </p>
        <FieldMessage id="reason-error" message={error} />
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={500}
          required
          defaultValue={state.values.reason ?? ""}
          aria-describedby={error ? "reason-hint reason-error" : "reason-hint"}
          aria-invalid={error ? true : undefined}
          className={`mt-1 w-full rounded border p-2 ${error ? "border-red-700" : "border-stone-400"}`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800">
          {props.labels.confirm}
        </button>
        <a href={props.cancelHref} className="text-brand-700 underline">
          {props.labels.cancel}
        </a>
      </div>
    </form>
  );
}
