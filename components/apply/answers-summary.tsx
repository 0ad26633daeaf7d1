// "Check your answers": every answer of every section, each section with a link back to change it.
import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import type { DraftState, OwnApplication } from "@/lib/applications/draft-state";
import { familyCount, MEMBER_INPUTS, visibleInputs, type InputDef, type SectionValues } from "@/lib/applications/application-sections";
import { optionLabel } from "./input-field";
import { localized } from "@/lib/i18n/localized";

function shown(def: InputDef, raw: string | undefined, t: Translate, locale: Locale, households: Map<string, string>): string {
  const value = (raw ?? "").trim();
  if (def.type === "checkbox") return value === "on" ? t("apply.check.yes") : t("apply.check.no");
  if (!value) return t("apply.check.empty");
  if (def.name === "householdId") return households.get(value) ?? value;
  if ((def.type === "select" || def.type === "radio") && def.options?.includes(value)) return optionLabel(def, value, t, locale);
  return value;
}

function Rows({
  defs,
  values,
  prefix,
  t,
  locale,
  households,
}: {
  defs: InputDef[];
  values: SectionValues;
  prefix: string;
  t: Translate;
  locale: Locale;
  households: Map<string, string>;
}) {
  return (
    <>
      {defs
        .filter((d) => d.required || (values[`${prefix}${d.name}`] ?? "") !== "")
        .map((d) => (
          <div key={`${prefix}${d.name}`} className="grid gap-1 border-b border-stone-100 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <dt className="text-stone-700">{t(d.label)}</dt>
            <dd className="break-words font-medium">{shown(d, values[`${prefix}${d.name}`], t, locale, households)}</dd>
          </div>
        ))}
    </>
  );
}

export function AnswersSummary({
  app,
  state,
  t,
  locale,
  households,
}: {
  app: OwnApplication;
  state: DraftState;
  t: Translate;
  locale: Locale;
  households: Map<string, string>;
}) {
  return (
    <div className="space-y-4" data-testid="answers">
      {state.sections.map(({ id }) => {
        const title = t(`apply.section.${id}`);
        const change = (
          <Link
            href={`/apply/${app.id}/${id}`}
            className="text-blue-800 underline underline-offset-2"
            aria-label={t("apply.check.changeLabel", { section: title })}
          >
            {t("apply.check.change")}
          </Link>
        );
        const values = state.formData[id] ?? {};
        const body =
          id === "documents" ? (
            <DocumentsAnswers app={app} state={state} t={t} locale={locale} />
          ) : id === "family" ? (
            <FamilyAnswers values={values} t={t} locale={locale} households={households} />
          ) : (
            <dl>
              <Rows defs={visibleInputs(app.kind, id, values)} values={values} prefix="" t={t} locale={locale} households={households} />
            </dl>
          );
        return (
          <section key={id} aria-labelledby={`sum-${id}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`sum-${id}`} className="text-lg font-semibold">
                {title}
              </h3>
              {change}
            </div>
            {body}
          </section>
        );
      })}
    </div>
  );
}

/** The documents section: what the portal fetched itself, then each uploaded file under its checklist label. */
function DocumentsAnswers({ app, state, t, locale }: { app: OwnApplication; state: DraftState; t: Translate; locale: Locale }) {
  const held = state.checklist.filter((c) => c.held);
  return app.documents.length || held.length ? (
    <ul className="list-disc pl-5">
      {held.map((c) => (
        <li key={c.id}>
          {localized(locale, c.labelZh, c.labelEn)}：{t("held.fetched")}
        </li>
      ))}
      {app.documents.map((d) => (
        <li key={d.id}>
          {state.checklist.find((c) => c.id === d.kind)?.[locale === "en" ? "labelEn" : "labelZh"] ?? d.kind}：
          <a href={`/documents/${d.id}`} className="break-all text-blue-800 underline underline-offset-2">
            {d.fileName}
          </a>
        </li>
      ))}
    </ul>
  ) : (
    <p>{t("apply.check.empty")}</p>
  );
}

/** The family section: each member's answers under its own heading. */
function FamilyAnswers({
  values,
  t,
  locale,
  households,
}: {
  values: SectionValues;
  t: Translate;
  locale: Locale;
  households: Map<string, string>;
}) {
  const n = familyCount(values);
  return n === 0 ? (
    <p>{t("apply.section.noMembers")}</p>
  ) : (
    <>
      {Array.from({ length: n }, (_, i) => (
        <div key={i} className="mb-2">
          <h4 className="font-semibold">{t("apply.section.member", { n: i + 1 })}</h4>
          <dl>
            <Rows defs={[...MEMBER_INPUTS]} values={values} prefix={`m${i}.`} t={t} locale={locale} households={households} />
          </dl>
        </div>
      ))}
    </>
  );
}
