import type { Locale, Translate } from "@/lib/i18n";
import { valueEn, valueZh } from "@/lib/policy/value-labels";
import type { FieldDef } from "./form-model";

const JURISDICTION_KEYS = ["jiyuan", "shaoguan", "wushen", "chenzhou", "qiannan"];

function optionLabel(option: string, field: FieldDef, t: Translate, locale: Locale): string {
  if (option === "") return field.name.endsWith("joining.relation") ? t("check.o.noJoining") : t("check.o.choose");
  if (option === "none" && field.name === "applicant.hukou.jurisdiction") return t("check.o.none");
  if (option === "settlement" || option === "residence_permit") return t(`check.o.${option}`);
  if (JURISDICTION_KEYS.includes(option)) return t(`policies.${option}` as Parameters<Translate>[0]);
  if (locale !== "en") return valueZh(option);
  const en = valueEn(option);
  return en.charAt(0).toUpperCase() + en.slice(1);
}

/** One labelled input. `name` may carry a member prefix (m0.birthDate). */
export function Field({ field, name, value, t, locale, labelPrefix }: {
  field: FieldDef;
  name: string;
  value: string | undefined;
  t: Translate;
  locale: Locale;
  labelPrefix?: string;
}) {
  const id = `f-${name.replace(/[^a-zA-Z0-9]/g, "-")}`;
  const label = (labelPrefix ? `${labelPrefix} · ` : "") + t(field.label);
  const hintId = field.hint ? `${id}-hint` : undefined;
  if (field.type === "checkbox") {
    return (
      <div className="flex items-start gap-2 py-1">
        <input id={id} name={name} type="checkbox" defaultChecked={value === "on" || value === "true"} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
        <label htmlFor={id} className="leading-snug">{label}</label>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">{label}</label>
      {field.type === "select" ? (
        <select id={id} name={name} defaultValue={value ?? ""} aria-describedby={hintId}
          className="rounded border border-stone-400 bg-white px-2 py-2 text-base">
          {!field.options?.includes("") && value === undefined ? <option value="">{t("check.o.choose")}</option> : null}
          {field.options?.map((o) => (
            <option key={o} value={o}>{optionLabel(o, field, t, locale)}</option>
          ))}
        </select>
      ) : (
        <input id={id} name={name} type={field.type === "date" ? "date" : "text"} inputMode={field.type === "number" ? "numeric" : undefined}
          defaultValue={value ?? ""} aria-describedby={hintId}
          className="rounded border border-stone-400 px-2 py-2 text-base" />
      )}
      {field.hint ? <p id={hintId} className="text-sm text-stone-600">{t(field.hint)}</p> : null}
    </div>
  );
}
