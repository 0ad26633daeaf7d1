"use client";
// A unit's names and urban/rural attribute. The values it was shown travel with it (expected*), so a
// unit changed by someone else meanwhile is refused rather than overwritten.
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EMPTY_ADMIN_FORM, type AdminFormState } from "@/lib/actions/form-outcome";
import { BUTTON, SelectField, TextField, type Choice } from "./fields";
import type { AdminLabels } from "./labels";

export function UnitForm(props: {
  action: (prev: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  unit: { id: string; name: string; nameEn: string; area: string };
  labels: AdminLabels["units"];
  areaLabel: string;
  errorTitle: string;
  areas: Choice[];
}) {
  const [state, formAction, pending] = useActionState(props.action, EMPTY_ADMIN_FORM);
  const L = props.labels;
  const posted = state.errors.length > 0;
  const v = (name: "name" | "nameEn" | "area") => (posted ? (state.values[name] ?? "") : props.unit[name]);
  const error = (name: string) => state.errors.find((e) => e.field === name)?.text;
  return (
    <form id="f-form" action={formAction} noValidate className="space-y-5">
      <ErrorSummary title={props.errorTitle} errors={state.errors} />
      <input type="hidden" name="unitId" value={props.unit.id} />
      <input type="hidden" name="expectedName" value={props.unit.name} />
      <input type="hidden" name="expectedNameEn" value={props.unit.nameEn} />
      <input type="hidden" name="expectedArea" value={props.unit.area} />
      <TextField name="name" label={L.name} value={v("name")} error={error("name")} />
      <TextField name="nameEn" label={L.nameEn} hint={L.nameEnHint} value={v("nameEn")} error={error("nameEn")} />
      <SelectField name="area" label={props.areaLabel} value={v("area")} error={error("area")} choices={props.areas} />
      <SubmitButton pending={pending} className={BUTTON}>
        {L.submit}
      </SubmitButton>
    </form>
  );
}
