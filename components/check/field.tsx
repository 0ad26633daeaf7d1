import type { Locale, Translate } from "@/lib/i18n";
import { valueEn, valueZh } from "@/lib/policy/value-labels";
import { fieldId, type FieldDef } from "@/lib/self-check/form-model";

const JURISDICTION_KEYS = ["jiyuan", "shaoguan", "wushen", "chenzhou", "qiannan"];

function optionLabel(option: string, field: FieldDef, t: Translate, locale: Locale): string {
  if (option === "") return field.name.endsWith("joining.relation") ? t("check.option.noJoining") : t("check.option.choose");
  if (option === "none" && field.name === "applicant.hukou.jurisdiction") return t("check.option.none");
  if (option === "settlement" || option === "residence_permit") return t(`check.option.${option}`);
  if (JURISDICTION_KEYS.includes(option)) return t(`places.${option}` as Parameters<Translate>[0]);
  if (locale !== "en") return valueZh(option);
  const en = valueEn(option);
  return en.charAt(0).toUpperCase() + en.slice(1);
}

/** One labelled input. `name` may carry a member prefix (m0.birthDate). */
export function Field({
  field,
  name,
  value,
  t,
  locale,
  labelPrefix,
  error,
}: {
  field: FieldDef;
  name: string;
  value: string | undefined;
  t: Translate;
  locale: Locale;
  labelPrefix?: string;
  /** The validation message for this field, shown beside it (and in the summary above the form). */
  error?: string;
}) {
  const id = fieldId(name);
  const label = (labelPrefix ? `${labelPrefix} · ` : "") + t(field.label);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const errorLine = error ? (
    <p id={errorId} className="text-sm font-semibold text-red-800">
      {error}
    </p>
  ) : null;
  if (field.type === "checkbox") {
    return (
      <FieldCheckbox id={id} name={name} value={value} describedBy={describedBy} invalid={!!error} label={label} errorLine={errorLine} />
    );
  }
  const border = error ? "border-red-700 ring-1 ring-red-700" : "border-stone-400";
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {errorLine}
      {field.type === "select" ? (
        <FieldSelect
          id={id}
          name={name}
          field={field}
          value={value}
          describedBy={describedBy}
          invalid={!!error}
          border={border}
          t={t}
          locale={locale}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={field.type === "date" ? "date" : "text"}
          inputMode={field.type === "number" ? "numeric" : undefined}
          defaultValue={value ?? ""}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`rounded border ${border} px-2 py-2 text-base`}
        />
      )}
      {field.hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {t(field.hint)}
        </p>
      ) : null}
    </div>
  );
}

/** The select of a choice field, with a "please choose" first while nothing is chosen. */
function FieldSelect({
  id,
  name,
  field,
  value,
  describedBy,
  invalid,
  border,
  t,
  locale,
}: {
  id: string;
  name: string;
  field: FieldDef;
  value: string | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  border: string;
  t: Translate;
  locale: Locale;
}) {
  return (
    <select
      id={id}
      name={name}
      defaultValue={value ?? ""}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
      className={`rounded border ${border} bg-white px-2 py-2 text-base`}
    >
      {!field.options?.includes("") && (value === undefined || value === "") ? <option value="">{t("check.option.choose")}</option> : null}
      {field.options?.map((o) => (
        <option key={o} value={o}>
          {optionLabel(o, field, t, locale)}
        </option>
      ))}
    </select>
  );
}

/** A yes/no question: the box before its label. */
function FieldCheckbox({
  id,
  name,
  value,
  describedBy,
  invalid,
  label,
  errorLine,
}: {
  id: string;
  name: string;
  value: string | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  label: string;
  errorLine: React.ReactNode;
}) {
  return (
    <div className="flex items-start gap-2 py-1">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={value === "on" || value === "true"}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
      />
      <label htmlFor={id} className="leading-snug">
        {label}
      </label>
      {errorLine}
    </div>
  );
}
