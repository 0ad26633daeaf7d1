// One labelled input of a task-list section, with its hint and its error beside it. Server-rendered; the
// value is what the resident typed, kept across failed saves.
import type { ReactNode } from "react";
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { valueEn, valueZh } from "@/lib/policy/value-labels";
import type { InputDef } from "@/lib/applications/application-sections";
import { fieldId, FieldError } from "@/components/forms/error-summary";

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

type Props = {
  def: InputDef;
  name: string;
  value: string | undefined;
  error?: string;
  t: Translate;
  locale: Locale;
  labelPrefix?: string;
  /** Radio options given at render time (e.g. the applicant's households), value → label. */
  choices?: { value: string; label: string }[];
};

/** What every kind of input shares: its id, label, hint, error and the ids that describe it. */
type Parts = { id: string; label: string; hint: ReactNode; errorId: string | undefined; describedBy: string | undefined; wrap: string };

export function InputField(props: Props) {
  const { def, name, error, t } = props;
  const id = fieldId(name);
  const hintId = def.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const parts: Parts = {
    id,
    label: (props.labelPrefix ? `${props.labelPrefix} · ` : "") + t(def.label),
    hint: def.hint ? (
      <p id={hintId} className="text-sm text-stone-600">
        {t(def.hint)}
      </p>
    ) : null,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined,
    wrap: `flex flex-col gap-1 ${error ? "border-l-4 border-red-700 pl-3" : ""}`,
  };
  if (def.type === "checkbox") return <CheckboxInput {...props} parts={parts} />;
  if (def.type === "radio") return <RadioInput {...props} parts={parts} />;
  return <TextInput {...props} parts={parts} />;
}

function CheckboxInput({ name, value, error, parts: f }: Props & { parts: Parts }) {
  return (
    <div className={f.wrap}>
      <FieldError id={f.errorId ?? ""} text={error} />
      <div className="flex items-start gap-2 py-1">
        <input
          id={f.id}
          name={name}
          type="checkbox"
          defaultChecked={value === "on"}
          aria-describedby={f.describedBy}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={f.id} className="leading-snug">
          {f.label}
        </label>
      </div>
      {f.hint}
    </div>
  );
}

function RadioInput({ def, name, value, error, t, locale, choices, parts: f }: Props & { parts: Parts }) {
  const options = choices ?? (def.options ?? []).map((o) => ({ value: o, label: optionLabel(def, o, t, locale) }));
  return (
    <fieldset className={f.wrap} aria-describedby={f.describedBy}>
      <legend className="mb-1 font-medium">{f.label}</legend>
      {f.hint}
      <FieldError id={f.errorId ?? ""} text={error} />
      {options.map((c, i) => (
        <div key={c.value} className="flex items-start gap-2 py-0.5">
          <input
            id={i === 0 ? f.id : `${f.id}-${i}`}
            name={name}
            type="radio"
            value={c.value}
            defaultChecked={value === c.value}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <label htmlFor={i === 0 ? f.id : `${f.id}-${i}`} className="leading-snug">
            {c.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

function TextInput({ def, name, value, error, t, locale, parts: f }: Props & { parts: Parts }) {
  const border = error ? "border-red-700 border-2" : "border-stone-500";
  const common = { id: f.id, name, defaultValue: value ?? "", "aria-describedby": f.describedBy, "aria-invalid": !!error };
  return (
    <div className={f.wrap}>
      <label htmlFor={f.id} className="font-medium">
        {f.label}
      </label>
      {f.hint}
      <FieldError id={f.errorId ?? ""} text={error} />
      {def.type === "select" ? (
        <select {...common} className={`${INPUT} ${border} bg-white`}>
          {!def.options?.includes("") ? <option value="">{t("apply.start.choose")}</option> : null}
          {def.options?.map((o) => (
            <option key={o} value={o}>
              {optionLabel(def, o, t, locale)}
            </option>
          ))}
        </select>
      ) : def.type === "textarea" ? (
        <textarea {...common} rows={5} className={`${INPUT} ${border}`} />
      ) : (
        <input
          {...common}
          type={def.type === "date" ? "date" : "text"}
          inputMode={def.type === "number" ? "numeric" : undefined}
          className={`${INPUT} ${border} ${def.type === "number" ? "max-w-40" : ""}`}
        />
      )}
    </div>
  );
}
