"use client";
// Force a password reset; with the box ticked a new one-time password is issued and shown here, once.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EMPTY_ADMIN_FORM, type AdminFormState } from "@/lib/actions/form-outcome";
import { BUTTON_SECONDARY, CheckField } from "./fields";
import type { AdminLabels } from "./labels";

// For an applicant (`applicant`), the resident is at the desk: the box says the ID card was checked in
// person, and a one-time password is always issued (lib/auth/counter-reset.ts).
export function ResetPasswordForm(props: {
  userId: string;
  applicant?: boolean;
  action: (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  labels: AdminLabels["detail"];
  errorTitle: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_ADMIN_FORM);
  const L = props.labels;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="reset-title">
      <h3 id="reset-title" className="font-semibold">
        {props.applicant ? L.resetApplicantTitle : L.resetTitle}
      </h3>
      <p className="text-sm text-stone-700">{props.applicant ? L.resetApplicantHint : L.resetHint}</p>
      <ErrorSummary title={props.errorTitle} errors={state.errors} />
      {state.done ? (
        <div role="status" className="rounded border-2 border-green-700 bg-green-50 p-3" data-testid="reset-done">
          <p>{L.resetDone}</p>
          {state.issuedPassword ? (
            <p className="mt-2">
              {L.issuedPassword}{" "}
              <code className="inline-block whitespace-nowrap rounded bg-white px-2 py-1 font-mono text-lg" data-testid="one-time-password">
                {state.issuedPassword}
              </code>
            </p>
          ) : null}
        </div>
      ) : null}
      <input type="hidden" name="userId" value={props.userId} />
      {props.applicant ? (
        <CheckField name="identityChecked" label={L.resetIdentity} />
      ) : (
        <CheckField name="issuePassword" label={L.resetIssue} />
      )}
      <SubmitButton pending={pending} className={BUTTON_SECONDARY}>
        {props.applicant ? L.resetApplicantSubmit : L.resetSubmit}
      </SubmitButton>
    </form>
  );
}
