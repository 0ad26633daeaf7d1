"use client";
// The approval form of the case screen: the pathway (or against the engine, with clause and reason), the
// members approved (a note for each left out) and where the hukou goes. Posts as a plain form; a refusal the
// clerk can fix comes back beside its field, with what was typed.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { EMPTY_FORM as EMPTY_FORM_STATE } from "@/lib/actions/form-outcome";
import { FieldErrors } from "@/components/forms/error-summary";
import {
  button,
  DecisionField,
  DecisionForm,
  has,
  input,
  inputBox,
  v,
  type Action,
  type DecisionFormState,
  type Labels,
} from "./form-bits";

export interface ApproveFormProps {
  action: Action;
  applicationId: string;
  version: number;
  labels: Labels;
  pathways: { id: string; clause: string; summary: string }[];
  needsPathway: boolean;
  defaultClause: string;
  members: {
    id: string;
    label: string;
    allowed: boolean;
    noteLabel: string;
    note: string;
  }[];
  placement: {
    show: boolean;
    type: string;
    householdNumber: string;
    relationToHead: string;
    collectiveType: string;
  };
  relations: { value: string; label: string }[];
  collectiveTypes: { value: string; label: string }[];
}

export function ApproveForm(props: ApproveFormProps) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_FORM_STATE);
  const L = props.labels;
  const frame = { state, action: formAction, applicationId: props.applicationId, version: props.version };
  return (
    <DecisionForm name="approve" title={L.title} errorSummary={L.errorSummary} formErrors {...frame}>
      <input type="hidden" name="needsPathway" value={props.needsPathway ? "1" : "0"} />
      {props.needsPathway ? <PathwayChoice props={props} state={state} /> : null}
      <DecisionField form="approve" field="clause" label={L.clause} state={state}>
        <input id="approve-clause" name="clause" defaultValue={v(state, "clause", props.defaultClause)} className={input} />
      </DecisionField>
      <DecisionField form="approve" field="reason" label={L.reason} hint={L.reasonHint} state={state}>
        <textarea id="approve-reason" name="reason" rows={2} defaultValue={v(state, "reason")} className={input} />
      </DecisionField>
      {props.members.length > 0 ? <MemberChoice props={props} state={state} /> : null}
      {props.placement.show ? <PlacementChoice props={props} state={state} /> : null}
      <SubmitButton pending={pending} className={`${button} bg-green-800 hover:bg-green-900`}>
        {L.submit}
      </SubmitButton>
    </DecisionForm>
  );
}

function PathwayChoice({ props, state }: { props: ApproveFormProps; state: DecisionFormState }) {
  const L = props.labels;
  return (
    <fieldset id="approve-pathwayId" tabIndex={-1}>
      <legend className="text-sm font-medium">{L.pathway}</legend>
      <FieldErrors errors={state.errors} field="pathwayId" />
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
  );
}

function MemberChoice({ props, state }: { props: ApproveFormProps; state: DecisionFormState }) {
  const L = props.labels;
  return (
    <fieldset id="approve-members" tabIndex={-1}>
      <legend className="text-sm font-medium">{L.members}</legend>
      <FieldErrors errors={state.errors} field="members" />
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
          <FieldErrors errors={state.errors} field={`memberNote_${m.id}`} />
          <input
            id={`approve-memberNote_${m.id}`}
            name={`memberNote_${m.id}`}
            defaultValue={v(state, `memberNote_${m.id}`, m.note)}
            className={`${inputBox} ml-7 w-[calc(100%-1.75rem)]`}
          />
        </div>
      ))}
    </fieldset>
  );
}

function PlacementChoice({ props, state }: { props: ApproveFormProps; state: DecisionFormState }) {
  const L = props.labels;
  const p = props.placement;
  return (
    <fieldset id="approve-placementType" tabIndex={-1} className="rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium">{L.placement}</legend>
      <FieldErrors errors={state.errors} field="placementType" />
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
        <DecisionField form="approve" field="householdNumber" label={L.householdNumber} state={state} strong={false}>
          <input
            id="approve-householdNumber"
            name="householdNumber"
            inputMode="numeric"
            defaultValue={v(state, "householdNumber", p.householdNumber)}
            className={input}
          />
        </DecisionField>
        {(
          [
            ["relationToHead", props.relations],
            ["collectiveType", props.collectiveTypes],
          ] as const
        ).map(([field, choices]) => (
          <DecisionField key={field} form="approve" field={field} label={L[field]} state={state} strong={false}>
            <select id={`approve-${field}`} name={field} defaultValue={v(state, field, p[field])} className={input}>
              {choices.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </DecisionField>
        ))}
      </div>
    </fieldset>
  );
}
