"use client";
// Current password, new password, new password again: every problem listed at once.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EMPTY_ADMIN_FORM, type AdminFormState } from "@/lib/actions/form-outcome";
import { BUTTON, TextField } from "./fields";
import type { AdminLabels } from "./labels";

export function PasswordForm(props: {
  action: (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  labels: AdminLabels["passwordForm"];
  errorTitle: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_ADMIN_FORM);
  const L = props.labels;
  const error = (name: string) => state.errors.find((e) => e.field === name)?.text;
  return (
    <form id="f-form" action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={props.errorTitle} errors={state.errors} />
      <TextField name="current" type="password" autoComplete="current-password" label={L.current} error={error("current")} />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={L.password}
        hint={L.passwordHint}
        error={error("password")}
      />
      <TextField name="confirm" type="password" autoComplete="new-password" label={L.confirm} error={error("confirm")} />
      <SubmitButton pending={pending} className={BUTTON}>
        {L.submit}
      </SubmitButton>
    </form>
  );
}
