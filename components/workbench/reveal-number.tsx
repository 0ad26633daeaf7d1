"use client";
// The masked number with a "show full number" POST: the full number appears on that response only
// (it is never in the page otherwise), and the server audits the asking.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";

/** What the reveal answers: the full number once, or why not. */
export interface RevealState {
  value: string | null;
  error: string | null;
}

export function RevealNumber(props: {
  action: (prev: RevealState, formData: FormData) => Promise<RevealState>;
  applicationId: string;
  memberId?: string;
  masked: string;
  label: string;
  shownLabel: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, { value: null, error: null });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="font-mono" data-testid="citizen-id">
        {state.value ?? props.masked}
      </span>
      {state.value ? (
        <span role="status" className="text-xs text-stone-600">
          {props.shownLabel}
        </span>
      ) : (
        <form action={formAction}>
          <input type="hidden" name="applicationId" value={props.applicationId} />
          {props.memberId ? <input type="hidden" name="memberId" value={props.memberId} /> : null}
          <SubmitButton pending={pending} className="rounded border border-brand-700 px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-50">
            {props.label}
          </SubmitButton>
        </form>
      )}
      {state.error ? (
        <span role="alert" className="text-xs text-red-700">
          {state.error}
        </span>
      ) : null}
    </div>
  );
}
