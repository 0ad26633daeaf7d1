"use client";
// The form posts to a server action; useActionState shows the refused post's problems and keeps what was
// typed — with or without JavaScript (without it, the server renders the returned state).
import { useActionState } from "react";
import { describedBy, ErrorSummary, fieldId } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { registerAction } from "./actions";
import { EMPTY_REGISTER_STATE } from "./register-state";

export interface RegisterLabels {
  name: string;
  nameHint: string;
  citizenId: string;
  citizenIdHint: string;
  phone: string;
  phoneHint: string;
  password: string;
  passwordHint: string;
  passwordConfirm: string;
  submit: string;
  errorTitle: string;
  unexpected: string;
}

const FIELDS = [
  { name: "name", type: "text", autoComplete: "name", label: "name", hint: "nameHint" },
  { name: "citizenId", type: "text", autoComplete: "off", label: "citizenId", hint: "citizenIdHint" },
  { name: "phone", type: "tel", autoComplete: "tel-national", label: "phone", hint: "phoneHint" },
  { name: "password", type: "password", autoComplete: "new-password", label: "password", hint: "passwordHint" },
  { name: "passwordConfirm", type: "password", autoComplete: "new-password", label: "passwordConfirm", hint: null },
] as const;

export function RegisterForm({ callbackUrl, labels }: { callbackUrl: string | null; labels: RegisterLabels }) {
  const [state, action, pending] = useActionState(registerAction, EMPTY_REGISTER_STATE);
  const errorOf = (field: string) => state.errors.find((e) => e.field === field)?.text;
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary title={labels.errorTitle} errors={state.errors} />
      {state.unexpected ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-900">
          {labels.unexpected.replace("{id}", state.unexpected)}
        </p>
      ) : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {FIELDS.map((f) => {
        const id = fieldId(f.name);
        const error = errorOf(f.name);
        const value = f.name in state.values ? state.values[f.name as keyof typeof state.values] : undefined;
        return (
          <Field key={f.name} id={id} label={labels[f.label]} hint={f.hint ? labels[f.hint] : undefined} error={error}>
            <input
              id={id}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              defaultValue={value}
              key={`${f.name}-${value ?? ""}`}
              inputMode={f.name === "phone" ? "numeric" : undefined}
              aria-invalid={!!error}
              aria-describedby={describedBy(id, f.hint, error)}
              className={`w-full rounded px-3 py-2 text-base ${error ? "border-2 border-red-700" : "border border-stone-500"} ${f.name === "citizenId" ? "font-mono" : ""}`}
            />
          </Field>
        );
      })}
      <SubmitButton
        pending={pending}
        className="w-full rounded bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
      >
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
