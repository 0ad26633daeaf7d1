"use client";
// The officer's form at the counter. After a reset it shows the one-time password once, and a fresh,
// empty form for the next person (the old answer goes with the next post).
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { BUTTON, CheckField, TextField } from "@/components/admin/fields";
import type { Widen } from "@/lib/i18n/widen";
import type { counterResetZh } from "@/lib/i18n/features/password-reset/zh-CN";
import { counterResetAction } from "./actions";
import { EMPTY_COUNTER_RESET } from "./state";

export type CounterResetLabels = Widen<typeof counterResetZh>;

export function CounterResetForm({ labels: L }: { labels: CounterResetLabels }) {
  const [state, formAction, pending] = useActionState(counterResetAction, EMPTY_COUNTER_RESET);
  const error = (name: string) => state.errors.find((e) => e.field === name)?.text;
  return (
    <div className="space-y-5">
      {state.done ? (
        <div role="status" className="rounded border-2 border-green-700 bg-green-50 p-4" data-testid="counter-reset-done">
          <p className="font-medium">{L.done.replace("{name}", state.done.name)}</p>
          <p className="mt-2">
            {L.oneTime}{" "}
            <code className="inline-block whitespace-nowrap rounded bg-white px-2 py-1 font-mono text-lg" data-testid="one-time-password">
              {state.done.oneTimePassword}
            </code>
          </p>
          <p className="mt-2 text-sm">{L.mustChange}</p>
          {state.done.reclaimed ? (
            <div className="mt-3 border-t border-green-700 pt-3 text-sm" data-testid="counter-reset-reclaimed">
              <p className="font-medium">{L.reclaimed}</p>
              {state.done.reclaimed.openApplications.length === 0 ? (
                <p className="mt-1">{L.reclaimedNone}</p>
              ) : (
                <>
                  <p className="mt-1">{L.reclaimedOpen}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {state.done.reclaimed.openApplications.map((a) => (
                      <li key={a.number} className="font-mono">
                        {a.number}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
      <form id="f-form" action={formAction} noValidate className="space-y-5">
        <ErrorSummary title={L.errorTitle} errors={state.errors} />
        <TextField name="account" label={L.account} hint={L.accountHint} error={error("account")} value={state.values.account} mono />
        <TextField name="name" label={L.name} error={error("name")} value={state.values.name} />
        <div className={error("identityChecked") ? "border-l-4 border-red-700 pl-3" : ""}>
          {error("identityChecked") ? <p className="font-medium text-red-800">{error("identityChecked")}</p> : null}
          <CheckField name="identityChecked" label={L.identityChecked} />
        </div>
        <SubmitButton pending={pending} className={BUTTON}>
          {L.submit}
        </SubmitButton>
      </form>
    </div>
  );
}
