"use client";
// The decision forms of the case screen. Each posts to its server action as a plain form (works without
// JavaScript); useActionState brings back, on a validation problem, every error at once and what the
// clerk typed. Success and domain refusals come back as a redirect to the case.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM as EMPTY_FORM_STATE } from "@/lib/actions/form-outcome";
import { FieldErrors } from "@/components/forms/error-summary";
import { button, DecisionField, DecisionForm, has, input, inputBox, v, type Action, type Labels } from "./form-bits";

export function RequestMaterialsForm(props: {
  action: Action;
  applicationId: string;
  version: number;
  labels: Labels;
  items: {
    id: string;
    label: string;
    problem: string | null;
    missing: boolean;
  }[];
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const L = props.labels;
  const frame = { state, action: formAction, applicationId: props.applicationId, version: props.version };
  return (
    <DecisionForm name="request" title={L.title} errorSummary={L.errorSummary} {...frame}>
      <p className="text-sm text-stone-700">{L.hint}</p>
      <fieldset id="request-items" tabIndex={-1}>
        <legend className="text-sm font-medium">{L.items}</legend>
        <FieldErrors errors={state.errors} field="items" />
        <ul className="mt-1 space-y-2">
          {props.items.map((item) => (
            <li key={item.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="items"
                  value={item.id}
                  defaultChecked={has(state, "items", item.id, item.missing || !!item.problem)}
                  className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
                />
                <span>{item.label}</span>
              </label>
              <label className="sr-only" htmlFor={`note_${item.id}`}>{`${item.label} ${L.note}`}</label>
              <input
                id={`note_${item.id}`}
                name={`note_${item.id}`}
                defaultValue={v(state, `note_${item.id}`, item.problem ?? "")}
                placeholder={L.note}
                className={`${inputBox} ml-7 w-[calc(100%-1.75rem)]`}
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="block text-sm font-medium" htmlFor="request-other">
        {L.other}
      </label>
      <textarea id="request-other" name="other" rows={2} defaultValue={v(state, "other")} className={input} />
      <label className="block text-sm font-medium" htmlFor="request-message">
        {L.message}
      </label>
      <textarea id="request-message" name="message" rows={2} defaultValue={v(state, "message")} className={input} />
      <SubmitButton pending={pending} className={`${button} bg-amber-700 hover:bg-amber-800`}>
        {L.submit}
      </SubmitButton>
    </DecisionForm>
  );
}

export function RefuseForm(props: {
  action: Action;
  applicationId: string;
  version: number;
  labels: Labels;
  defaultClause: string;
  warning: string | null;
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const L = props.labels;
  const frame = { state, action: formAction, applicationId: props.applicationId, version: props.version };
  return (
    <DecisionForm name="refuse" title={L.title} errorSummary={L.errorSummary} {...frame}>
      {props.warning ? (
        <p role="note" data-testid="refuse-against-engine" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm">
          {props.warning}
        </p>
      ) : null}
      <DecisionField form="refuse" field="refuse-reason" label={L.reason} hint={L.reasonHint} hintId="refuse-reason-hint" state={state}>
        <textarea
          id="refuse-refuse-reason"
          name="reason"
          rows={3}
          required
          aria-describedby="refuse-reason-hint"
          defaultValue={v(state, "reason")}
          className={input}
        />
      </DecisionField>
      <DecisionField form="refuse" field="refuse-clause" label={L.clause} state={state}>
        <input id="refuse-refuse-clause" name="clause" required defaultValue={v(state, "clause", props.defaultClause)} className={input} />
      </DecisionField>
      <p className="text-xs text-stone-600">{L.decisionHint}</p>
      <SubmitButton pending={pending} className={`${button} bg-red-800 hover:bg-red-900`}>
        {L.submit}
      </SubmitButton>
    </DecisionForm>
  );
}
