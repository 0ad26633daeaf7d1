import type { Locale, Translate } from "@/lib/i18n";
import type { OwnApplication } from "@/lib/applications/draft-state";
import {
  familyCount,
  MAX_FAMILY,
  MEMBER_INPUTS,
  visibleInputs,
  type InputDef,
  type SectionId,
} from "@/lib/applications/application-sections";
import { formatDate } from "@/lib/format";
import { InputField } from "@/components/apply/input-field";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

type Choices = { value: string; label: string }[];

interface SectionInputsProps {
  app: OwnApplication;
  section: Exclude<SectionId, "documents">;
  values: Record<string, string>;
  errorText: Map<string, string>;
  /** Whether a question is asked here: some rule of this jurisdiction reads it, or the case itself needs it. */
  relevant: (def: InputDef) => boolean;
  households: { id: string; householdNumber: string; address: string }[];
  t: Translate;
  locale: Locale;
}

/** The inputs of one task-list section: the family's member rows, or the section's own questions. */
export function SectionInputs(props: SectionInputsProps) {
  const { values, errorText, t, locale } = props;
  const field = (def: InputDef, name = def.name, prefix?: string, choices?: Choices) => (
    <InputField
      key={name}
      def={def}
      name={name}
      value={values[name]}
      error={errorText.get(name)}
      t={t}
      locale={locale}
      labelPrefix={prefix}
      choices={choices}
    />
  );
  return props.section === "family" ? <FamilyInputs {...props} field={field} /> : <OwnInputs {...props} field={field} />;
}

type WithField = SectionInputsProps & { field: (def: InputDef, name?: string, prefix?: string, choices?: Choices) => React.ReactNode };

function FamilyInputs({ values, relevant, field, t }: WithField) {
  const n = familyCount(values);
  return (
    <div className="space-y-4">
      <p className="text-stone-700">{t("apply.section.familyIntro")}</p>
      <input type="hidden" name="members" value={n} />
      {n === 0 ? <p className="text-stone-600">{t("apply.section.noMembers")}</p> : null}
      {Array.from({ length: n }, (_, i) => (
        <fieldset key={i} className="space-y-3 rounded border border-stone-300 p-3" data-testid={`member-row-${i}`}>
          <legend className="px-1 font-semibold">{t("apply.section.member", { n: i + 1 })}</legend>
          {MEMBER_INPUTS.filter(relevant).map((def) => field(def, `m${i}.${def.name}`, t("apply.section.member", { n: i + 1 })))}
          <button
            type="submit"
            name="intent"
            value={`remove:${i}`}
            formNoValidate
            className="rounded border border-stone-500 px-3 py-1.5 text-sm hover:bg-stone-100"
          >
            {t("apply.section.removeMember", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {n < MAX_FAMILY ? (
        <button
          id="add-member"
          type="submit"
          name="intent"
          value="add"
          className="rounded border border-stone-500 px-3 py-1.5 hover:bg-stone-100"
        >
          ＋ {t("apply.section.addMember")}
        </button>
      ) : null}
    </div>
  );
}

function OwnInputs({ app, section, values, relevant, households, field, t, locale }: WithField) {
  const choices =
    section === "child"
      ? households.map((h) => ({
          value: h.id,
          label: t("apply.section.householdOption", { number: h.householdNumber, address: h.address }),
        }))
      : undefined;
  return (
    <div className="space-y-4">
      {section === "about" ? (
        <p className="rounded bg-stone-100 p-3">
          {t("apply.section.aboutYou", { date: formatDate(app.applicantPerson.birthDate, locale) })}
        </p>
      ) : null}
      {section === "permit" && app.permit ? (
        <p className="rounded bg-stone-100 p-3">
          {t("apply.section.permitInfo", {
            number: app.permit.number,
            place: app.permit.jurisdiction.name,
            date: formatDate(app.permit.validUntil, locale),
          })}
        </p>
      ) : null}
      {visibleInputs(app.kind, section as Exclude<SectionId, "family" | "documents">, values)
        .filter(relevant)
        .map((def) => field(def, def.name, undefined, def.name === "householdId" ? choices : undefined))}
    </div>
  );
}

/** A refused save: a stale version (someone saved in another window), or an unexpected error with its id. */
export function SectionAlerts({ error, errorId, t }: { error: string | undefined; errorId: string | undefined; t: Translate }) {
  if (error === "STALE")
    return <OutcomeBanner look="soft" outcome={{ done: null, error: t("apply.tasks.stale") }} testIds={{ error: "stale" }} />;
  const unexpected = error ? `${t("common.genericError")} ${t("common.errorId", { id: errorId ?? "—" })}` : null;
  return <OutcomeBanner look="soft" outcome={{ done: null, error: unexpected }} />;
}
