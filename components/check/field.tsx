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
      <div className="flex items-start gap-2 py-1">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={value === "on" || value === "true"}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="leading-snug">
          {label}
        </label>
        {errorLine}
      </div>
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
        <select
          id={id}
          name={name}
          defaultValue={value ?? ""}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`rounded border ${border} bg-white px-2 py-2 text-base`}
        >
          {!field.options?.includes("") && (value === undefined || value === "") ? (
            <option value="">{t("check.option.choose")}</option>
          ) : null}
          {field.options?.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o, field, t, locale)}
            </option>
          ))}
        </select>
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
