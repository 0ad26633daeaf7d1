import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localized";
import { areaOfUnit, type JurisdictionCode } from "@/lib/policy";
import { MAX_MEMBERS, type FieldDef, type FormValues } from "@/lib/self-check/form-model";
import type { PlaceUnit } from "@/lib/jurisdictions";
import { LiveForm } from "./live-form";
import { Field } from "./field";
import { Field as LabelledField } from "@/components/forms/field";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

const FIELDSET = "space-y-3 rounded-lg border border-stone-200 bg-white p-4";
const LEGEND = "px-1 text-lg font-semibold";

type Common = { values: FormValues; errors: Map<string, string>; t: Translate; locale: Locale };

/** The self-check's questions: the place, the applicant, the members; a GET form that answers as you type. */
export function CheckForm({
  comparing,
  rows,
  placeFields,
  places,
  unit,
  jurisdiction,
  applicantFields,
  memberFields,
  hasMembers,
  ...common
}: Common & {
  comparing: boolean;
  rows: number;
  placeFields: FieldDef[];
  places: PlaceUnit[] | null;
  unit: PlaceUnit | null;
  jurisdiction: JurisdictionCode | null;
  applicantFields: FieldDef[];
  memberFields: FieldDef[];
  hasMembers: boolean;
}) {
  const { t } = common;
  return (
    <LiveForm action="/check" className="space-y-5">
      {comparing ? <input type="hidden" name="compare" value="1" /> : null}
      <input type="hidden" name="members" value={rows} />
      <PlaceFieldset fields={placeFields} places={places} unit={unit} jurisdiction={jurisdiction} {...common} />
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("check.selfLegend")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {applicantFields.map((f) => (
            <FieldOf key={f.name} field={f} {...common} />
          ))}
        </div>
      </fieldset>
      {hasMembers ? <MembersFieldset fields={memberFields} rows={rows} {...common} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={PRIMARY_BUTTON}>
          {t("check.submit")}
        </button>
        <span className="text-sm text-stone-600">{t("check.liveNote")}</span>
      </div>
    </LiveForm>
  );
}

function FieldOf({ field, values, errors, t, locale }: Common & { field: FieldDef }) {
  return <Field field={field} name={field.name} value={values[field.name]} t={t} locale={locale} error={errors.get(field.name)} />;
}

function PlaceFieldset({
  fields,
  places,
  unit,
  jurisdiction,
  ...common
}: Common & { fields: FieldDef[]; places: PlaceUnit[] | null; unit: PlaceUnit | null; jurisdiction: JurisdictionCode | null }) {
  const { t, locale } = common;
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t("check.placeLegend")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.slice(0, 1).map((f) => (
          <FieldOf key={f.name} field={f} {...common} />
        ))}
        {places && places.length ? (
          <LabelledField id="f-unit" label={t("check.field.unit")}>
            <select
              id="f-unit"
              name="unit"
              defaultValue={unit?.code ?? ""}
              aria-describedby="f-unit-area"
              className="rounded border border-stone-400 bg-white px-2 py-2 text-base"
            >
              <option value="">{t("check.option.unitUnsure")}</option>
              {places.map((p) => (
                <option key={p.code} value={p.code}>
                  {localized(locale, p.label, p.labelEn)}
                </option>
              ))}
            </select>
            {unit ? (
              <p id="f-unit-area" className="text-sm text-stone-700" data-testid="unit-area">
                {t("check.unitArea", { area: t(`area.${areaOfUnit({ area: unit.area }).toUpperCase()}` as MessageKey) })}
              </p>
            ) : null}
          </LabelledField>
        ) : null}
        {fields.slice(1).map((f) => (
          <FieldOf key={f.name} field={f} {...common} />
        ))}
      </div>
      {jurisdiction ? (
        <p className="text-sm text-stone-700" data-testid="central-note">
          {t(`check.central.${jurisdiction}` as MessageKey)}
        </p>
      ) : null}
    </fieldset>
  );
}

function MembersFieldset({ fields, rows, values, errors, t, locale }: Common & { fields: FieldDef[]; rows: number }) {
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t("check.membersLegend")}</legend>
      <p className="text-sm text-stone-600">{t("check.membersIntro")}</p>
      {Array.from({ length: rows }, (_, i) => (
        <div
          key={i}
          className="grid gap-3 border-t border-stone-100 pt-3 sm:grid-cols-2"
          role="group"
          aria-label={t("check.member", { n: i + 1 })}
        >
          {fields.map((f) => (
            <Field
              key={f.name}
              field={f}
              name={`m${i}.${f.name}`}
              value={values[`m${i}.${f.name}`]}
              t={t}
              locale={locale}
              labelPrefix={t("check.member", { n: i + 1 })}
              error={errors.get(`m${i}.${f.name}`)}
            />
          ))}
        </div>
      ))}
      {rows < MAX_MEMBERS ? (
        <button type="submit" name="addMember" value="1" className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100">
          ＋ {t("check.addMember")}
        </button>
      ) : null}
    </fieldset>
  );
}
