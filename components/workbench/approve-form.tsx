"use client";
// The approval form of the case screen: the pathway (or against the engine, with clause and reason), the
// members approved (a note for each left out) and where the hukou goes. Posts as a plain form; a refusal the
// clerk can fix comes back beside its field, with what was typed.
import { useActionState } from "react";
import { EMPTY_FORM as EMPTY_FORM_STATE } from "@/lib/actions/form-outcome";
import { ErrorSummary, FieldMessage } from "./error-summary";
import { button, has, Hidden, input, inputBox, v, type Action, type DecisionFormState, type Labels } from "./form-bits";

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
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="approve-title" noValidate>
      <h3 id="approve-title" className="text-base font-semibold">
        {L.title}
      </h3>
      <ErrorSummary title={L.errorSummary} errors={state.errors} idPrefix="approve" />
      <FieldMessage errors={state.errors} field="form" />
      <Hidden applicationId={props.applicationId} version={props.version} />
      <input type="hidden" name="needsPathway" value={props.needsPathway ? "1" : "0"} />
      {props.needsPathway ? <PathwayChoice props={props} state={state} /> : null}
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
      {props.members.length > 0 ? <MemberChoice props={props} state={state} /> : null}
      {props.placement.show ? <PlacementChoice props={props} state={state} /> : null}
      <button type="submit" disabled={pending} className={`${button} bg-green-800 hover:bg-green-900`}>
        {L.submit}
      </button>
    </form>
  );
}

function PathwayChoice({ props, state }: { props: ApproveFormProps; state: DecisionFormState }) {
  const L = props.labels;
  return (
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
  );
}

function MemberChoice({ props, state }: { props: ApproveFormProps; state: DecisionFormState }) {
  const L = props.labels;
  return (
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
  );
}

function PlacementChoice({ props, state }: { props: ApproveFormProps; state: DecisionFormState }) {
  const L = props.labels;
  const p = props.placement;
  return (
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
  );
}
