// One labelled input of a task-list section, with its hint and its error beside it. Server-rendered; the
// value is what the resident typed, kept across failed saves.
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { valueEn, valueZh } from "@/lib/policy/value-labels";
import type { InputDef } from "@/lib/applications/application-sections";
import { fieldId, FieldError } from "./error-summary";

const JURISDICTIONS = ["jiyuan", "shaoguan", "wushen", "chenzhou", "qiannan"];

/** The words for a coded option: the apply catalogue for the portal's own, the policy's labels for the facts. */
export function optionLabel(def: Pick<InputDef, "name" | "label">, option: string, t: Translate, locale: Locale): string {
  const own: Record<string, string> = {
    placement: "apply.option.placement",
    sex: "apply.option.sex",
    situation: "apply.option.situation",
    relation: "apply.option.relation",
  };
  const base = def.name.replace(/^m\d+\./, "");
  if (own[base] && !def.label.startsWith("check.")) return t(`${own[base]}.${option}` as MessageKey);
  if (base === "placementRelation") return option === "" ? t("check.option.choose") : t(`relation.${option}` as MessageKey);
  if (option === "") return def.name.endsWith("joining.relation") ? t("check.option.noJoining") : t("check.option.choose");
  if (option === "none" && def.name === "applicant.hukou.jurisdiction") return t("check.option.none");
  if (JURISDICTIONS.includes(option)) return t(`places.${option}` as MessageKey);
  if (def.label === "check.field.memberRelation") return t(`relation.${option.toUpperCase()}` as MessageKey);
  if (locale !== "en") return valueZh(option);
  const en = valueEn(option);
  return en.charAt(0).toUpperCase() + en.slice(1);
}

const INPUT = "w-full rounded border px-3 py-2 text-base";

export function InputField(props: {
  def: InputDef;
  name: string;
  value: string | undefined;
  error?: string;
  t: Translate;
  locale: Locale;
  labelPrefix?: string;
  /** Radio options given at render time (e.g. the applicant's households), value → label. */
  choices?: { value: string; label: string }[];
}) {
  const { def, name, value, error, t, locale } = props;
  const id = fieldId(name);
  const label = (props.labelPrefix ? `${props.labelPrefix} · ` : "") + t(def.label);
  const hintId = def.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const border = error ? "border-red-700 border-2" : "border-stone-500";
  const hint = def.hint ? (
    <p id={hintId} className="text-sm text-stone-600">
      {t(def.hint)}
    </p>
  ) : null;
  const wrap = `flex flex-col gap-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`;
  if (def.type === "checkbox") {
    return (
      <div className={wrap}>
        <FieldError id={errorId ?? ""} text={error} />
        <div className="flex items-start gap-2 py-1">
          <input
            id={id}
            name={name}
            type="checkbox"
            defaultChecked={value === "on"}
            aria-describedby={describedBy}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <label htmlFor={id} className="leading-snug">
            {label}
          </label>
        </div>
        {hint}
      </div>
    );
  }
  if (def.type === "radio") {
    const choices = props.choices ?? (def.options ?? []).map((o) => ({ value: o, label: optionLabel(def, o, t, locale) }));
    return (
      <fieldset className={wrap} aria-describedby={describedBy}>
        <legend className="mb-1 font-medium">{label}</legend>
        {hint}
        <FieldError id={errorId ?? ""} text={error} />
        {choices.map((c, i) => (
          <div key={c.value} className="flex items-start gap-2 py-0.5">
            <input
              id={i === 0 ? id : `${id}-${i}`}
              name={name}
              type="radio"
              value={c.value}
              defaultChecked={value === c.value}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
            <label htmlFor={i === 0 ? id : `${id}-${i}`} className="leading-snug">
              {c.label}
            </label>
          </div>
        ))}
      </fieldset>
    );
  }
  return (
    <div className={wrap}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint}
      <FieldError id={errorId ?? ""} text={error} />
      {def.type === "select" ? (
        <select
          id={id}
          name={name}
          defaultValue={value ?? ""}
          aria-describedby={describedBy}
          aria-invalid={!!error}
          className={`${INPUT} ${border} bg-white`}
        >
          {!def.options?.includes("") ? <option value="">{t("check.option.choose")}</option> : null}
          {def.options?.map((o) => (
            <option key={o} value={o}>
              {optionLabel(def, o, t, locale)}
            </option>
          ))}
        </select>
      ) : def.type === "textarea" ? (
        <textarea
          id={id}
          name={name}
          defaultValue={value ?? ""}
          rows={5}
          aria-describedby={describedBy}
          aria-invalid={!!error}
          className={`${INPUT} ${border}`}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={def.type === "date" ? "date" : "text"}
          inputMode={def.type === "number" ? "numeric" : undefined}
          defaultValue={value ?? ""}
          aria-describedby={describedBy}
          aria-invalid={!!error}
          className={`${INPUT} ${border} ${def.type === "number" ? "max-w-40" : ""}`}
        />
      )}
    </div>
  );
}
