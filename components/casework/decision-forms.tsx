"use client";
// The decision forms of the case screen. Each posts to its server action as a plain form (works without
// JavaScript); useActionState brings back, on a validation problem, every error at once and what the
// clerk typed. Success and domain refusals come back as a redirect to the case.
import { useActionState } from "react";
import { EMPTY_FORM as EMPTY_FORM_STATE, type FormOutcome } from "@/lib/actions/form-outcome";

type DecisionFormState = FormOutcome<Record<string, string | string[]>>;
import { ErrorSummary, FieldMessage } from "./error-summary";

type Action = (prev: DecisionFormState, formData: FormData) => Promise<DecisionFormState>;
type Labels = Record<string, string>;

// Without its width, for a field set in from the left (one width class only: two conflicting ones
// leave the winner to the stylesheet's order, and w-full won, pushing the note past its box).
const inputBox = "mt-1 block rounded border border-stone-400 px-2 py-1.5 text-sm";
const input = `${inputBox} w-full`;
const button = "rounded px-4 py-2 text-sm font-medium text-white";

function Hidden({ applicationId, version }: { applicationId: string; version: number }) {
  return (
    <>
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

const v = (state: DecisionFormState, name: string, fallback = "") =>
  typeof state.values[name] === "string" ? (state.values[name] as string) : fallback;
const has = (state: DecisionFormState, name: string, value: string, fallback: boolean) =>
  Object.keys(state.values).length === 0 ? fallback : ([] as string[]).concat(state.values[name] ?? []).includes(value);

export function RequestMaterialsForm(props: {
  action: Action;
  applicationId: string;
  version: number;
  labels: Labels;
  items: { id: string; label: string; problem: string | null; missing: boolean }[];
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const L = props.labels;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="request-title" noValidate>
      <h3 id="request-title" className="text-base font-semibold">
        {L.title}
      </h3>
      <ErrorSummary title={L.errorSummary} errors={state.errors} idPrefix="request" />
      <Hidden applicationId={props.applicationId} version={props.version} />
      <p className="text-sm text-stone-700">{L.hint}</p>
      <fieldset id="request-items" tabIndex={-1}>
        <legend className="text-sm font-medium">{L.items}</legend>
        <FieldMessage errors={state.errors} field="items" />
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
      <button type="submit" disabled={pending} className={`${button} bg-amber-700 hover:bg-amber-800`}>
        {L.submit}
      </button>
    </form>
  );
}

export interface ApproveFormProps {
  action: Action;
  applicationId: string;
  version: number;
  labels: Labels;
  pathways: { id: string; clause: string; summary: string }[];
  needsPathway: boolean;
  defaultClause: string;
  members: { id: string; label: string; allowed: boolean; noteLabel: string; note: string }[];
  placement: { show: boolean; type: string; householdNumber: string; relationToHead: string; collectiveType: string };
  relations: { value: string; label: string }[];
  collectiveTypes: { value: string; label: string }[];
}

export function ApproveForm(props: ApproveFormProps) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const L = props.labels;
  const p = props.placement;
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="approve-title" noValidate>
      <h3 id="approve-title" className="text-base font-semibold">
        {L.title}
      </h3>
      <ErrorSummary title={L.errorSummary} errors={state.errors} idPrefix="approve" />
      <FieldMessage errors={state.errors} field="form" />
      <Hidden applicationId={props.applicationId} version={props.version} />
      <input type="hidden" name="needsPathway" value={props.needsPathway ? "1" : "0"} />
      {props.needsPathway ? (
        <fieldset id="approve-pathwayId" tabIndex={-1}>
          <legend className="text-sm font-medium">{L.pathway}</legend>
          <FieldMessage errors={state.errors} field="pathwayId" />
          {props.pathways.map((pw, i) => (
            <label key={pw.id} className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="pathwayId"
                value={pw.id}
                defaultChecked={v(state, "pathwayId", i === 0 ? pw.id : "") === pw.id}
                className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
              />
              <span>
                <span className="font-medium">{pw.clause}</span> — {pw.summary}
              </span>
            </label>
          ))}
          <label className="mt-2 flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="against"
              defaultChecked={v(state, "against") === "on" || props.pathways.length === 0}
              className="mt-0.5 h-5 w-5 shrink-0 accent-red-700"
            />
            <span>{L.against}</span>
          </label>
        </fieldset>
      ) : null}
      <div>
        <label className="block text-sm font-medium" htmlFor="approve-clause">
          {L.clause}
        </label>
        <FieldMessage errors={state.errors} field="clause" />
        <input id="approve-clause" name="clause" defaultValue={v(state, "clause", props.defaultClause)} className={input} />
      </div>
      <div>
        <label className="block text-sm font-medium" htmlFor="approve-reason">
          {L.reason}
        </label>
        <p className="text-xs text-stone-600">{L.reasonHint}</p>
        <FieldMessage errors={state.errors} field="reason" />
        <textarea id="approve-reason" name="reason" rows={2} defaultValue={v(state, "reason")} className={input} />
      </div>
      {props.members.length > 0 ? (
        <fieldset id="approve-members" tabIndex={-1}>
          <legend className="text-sm font-medium">{L.members}</legend>
          <FieldMessage errors={state.errors} field="members" />
          {props.members.map((m) => (
            <div key={m.id} className="mt-1">
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="members"
                  value={m.id}
                  defaultChecked={has(state, "members", m.id, m.allowed)}
                  className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
                />
                <span>
                  {m.label}
                  {m.allowed ? "" : `（${L.memberNotAllowed}）`}
                </span>
              </label>
              {/* Read only when the box is left unticked: the decision names everyone not approved and why. */}
              <label className="ml-7 block text-xs text-stone-700" htmlFor={`approve-memberNote_${m.id}`}>
                {m.noteLabel}
              </label>
              <FieldMessage errors={state.errors} field={`memberNote_${m.id}`} />
              <input
                id={`approve-memberNote_${m.id}`}
                name={`memberNote_${m.id}`}
                defaultValue={v(state, `memberNote_${m.id}`, m.note)}
                className={`${inputBox} ml-7 w-[calc(100%-1.75rem)]`}
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      {p.show ? (
        <fieldset id="approve-placementType" tabIndex={-1} className="rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">{L.placement}</legend>
          <FieldMessage errors={state.errors} field="placementType" />
          {(["new_family", "existing", "collective"] as const).map((type) => (
            <label key={type} className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="placementType"
                value={type}
                defaultChecked={v(state, "placementType", p.type) === type}
                className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
              />
              <span>{L[`placement_${type}`]}</span>
            </label>
          ))}
          <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-3">
            <div>
              <label className="block text-sm" htmlFor="approve-householdNumber">
                {L.householdNumber}
              </label>
              <FieldMessage errors={state.errors} field="householdNumber" />
              <input
                id="approve-householdNumber"
                name="householdNumber"
                inputMode="numeric"
                defaultValue={v(state, "householdNumber", p.householdNumber)}
                className={input}
              />
            </div>
            <div>
              <label className="block text-sm" htmlFor="approve-relationToHead">
                {L.relationToHead}
              </label>
              <FieldMessage errors={state.errors} field="relationToHead" />
              <select
                id="approve-relationToHead"
                name="relationToHead"
                defaultValue={v(state, "relationToHead", p.relationToHead)}
                className={input}
              >
                {props.relations.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label className="block text-sm" htmlFor="approve-collectiveType">
                {L.collectiveType}
              </label>
              <FieldMessage errors={state.errors} field="collectiveType" />
              <select
                id="approve-collectiveType"
                name="collectiveType"
                defaultValue={v(state, "collectiveType", p.collectiveType)}
                className={input}
              >
                {props.collectiveTypes.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending} className={`${button} bg-green-800 hover:bg-green-900`}>
        {L.submit}
      </button>
    </form>
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
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="refuse-title" noValidate>
      <h3 id="refuse-title" className="text-base font-semibold">
        {L.title}
      </h3>
      <ErrorSummary title={L.errorSummary} errors={state.errors} idPrefix="refuse" />
      <Hidden applicationId={props.applicationId} version={props.version} />
      {props.warning ? (
        <p role="note" data-testid="refuse-against-engine" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm">
          {props.warning}
        </p>
      ) : null}
      <div>
        <label className="block text-sm font-medium" htmlFor="refuse-refuse-reason">
          {L.reason}
        </label>
        <p id="refuse-reason-hint" className="text-xs text-stone-600">
          {L.reasonHint}
        </p>
        <FieldMessage errors={state.errors} field="refuse-reason" />
        <textarea
          id="refuse-refuse-reason"
          name="reason"
          rows={3}
          required
          aria-describedby="refuse-reason-hint"
          defaultValue={v(state, "reason")}
          className={input}
        />
      </div>
      <div>
        <label className="block text-sm font-medium" htmlFor="refuse-refuse-clause">
          {L.clause}
        </label>
        <FieldMessage errors={state.errors} field="refuse-clause" />
        <input id="refuse-refuse-clause" name="clause" required defaultValue={v(state, "clause", props.defaultClause)} className={input} />
      </div>
      <p className="text-xs text-stone-600">{L.decisionHint}</p>
      <button type="submit" disabled={pending} className={`${button} bg-red-800 hover:bg-red-900`}>
        {L.submit}
      </button>
    </form>
  );
}
