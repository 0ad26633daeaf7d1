import Link from "next/link";
import type { ConditionDescription } from "@/lib/policy/conditions";
import { examplesForPathway, type LibraryPathway } from "@/lib/policy";
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import { formFromRequest } from "@/lib/self-check/form-model";
import type { DecisionRecord } from "./decision-records";
import { DecisionRecordView } from "./decision-record-view";
import { Mark } from "@/components/ui/status-icon";
import { localized } from "@/lib/i18n/localized";

function Conditions({ items, t, en }: { items: ConditionDescription[]; t: Translate; en: boolean }) {
  if (items.length === 0) return <p className="text-stone-600">{t("policies.noConditions")}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((c, i) => (
        <li key={i}>
          {en ? c.labelEn : c.labelZh}
          {c.parameter ? (
            <span className="ml-2 text-xs text-stone-600">
              （{c.parameter.citation.document} {c.parameter.citation.clause}：“{c.parameter.quote}”）
            </span>
          ) : null}
          {c.anyOf ? (
            <div className="mt-1">
              <span className="text-sm text-stone-700">{t("policies.anyOf")}</span>
              <ol className="list-decimal pl-5">
                {c.anyOf.map((o, j) => (
                  <li key={j}>
                    <span className="font-medium">{o.label}</span>
                    <Conditions items={o.all} t={t} en={en} />
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function PathwayCard({
  pathway,
  t,
  locale,
  records,
}: {
  pathway: LibraryPathway;
  t: Translate;
  locale: Locale;
  /** The decision records of the whole page, by name. */
  records: ReadonlyMap<string, DecisionRecord>;
}) {
  const en = locale === "en";
  const examples = examplesForPathway({ pathwayId: pathway.id });
  return (
    <article id={pathway.id} className="scroll-mt-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5" tabIndex={-1}>
      <h3 className="text-lg font-semibold">
        <span className="mr-2 rounded bg-brand-50 px-2 py-0.5 text-brand-800">{pathway.citation.clause}</span>
        {localized(locale, pathway.summary, pathway.summaryEn)}
      </h3>
      <p className="mt-1 text-sm text-stone-600">
        {pathway.citation.document} · {t("policies.kind")}
        {t("common.colon")}
        {t(`check.option.${pathway.kind}` as MessageKey)} · {t("policies.areas")}
        {t("common.colon")}
        {pathway.areas.map((a) => t(`area.${a.toUpperCase()}` as MessageKey)).join("、")}
      </p>
      <blockquote lang="zh-CN" className="mt-3 border-l-4 border-brand-700 bg-stone-50 px-3 py-2 leading-relaxed">
        <div className="mb-1 text-xs font-medium text-stone-600">{t("policies.quote")}</div>
        {pathway.quote}
      </blockquote>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div>
          <h4 className="mb-1 font-medium">{t("policies.whoMayApply")}</h4>
          <Conditions items={pathway.conditions} t={t} en={en} />
        </div>
        <MembersApplied pathway={pathway} t={t} locale={locale} />
      </div>
      {examples.length || pathway.decisions.length ? (
        <HowWeRead pathway={pathway} examples={examples} records={records} t={t} locale={locale} />
      ) : null}
    </article>
  );
}

/** The family members who may come along, each with its clause and conditions. */
function MembersApplied({ pathway, t, locale }: { pathway: LibraryPathway; t: Translate; locale: Locale }) {
  const en = locale === "en";
  return (
    <div>
      <h4 className="mb-1 font-medium">{t("policies.members")}</h4>
      {pathway.members.length === 0 ? (
        <p className="text-stone-600">{t("policies.noMembers")}</p>
      ) : (
        <ul className="space-y-1">
          {pathway.members.map((m) => (
            <li key={m.id}>
              <span className="font-medium">{localized(locale, m.relationZh, m.relationEn)}</span>
              <span className="text-sm text-stone-600">
                （{m.citation.document} {m.citation.clause}）
              </span>
              <Conditions items={[...m.conditions, ...m.applicantConditions]} t={t} en={en} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** How we read the clause: its decision records and the worked examples, each one a link to try it. */
function HowWeRead({
  pathway,
  examples,
  records,
  t,
  locale,
}: {
  pathway: LibraryPathway;
  examples: ReturnType<typeof examplesForPathway>;
  records: ReadonlyMap<string, DecisionRecord>;
  t: Translate;
  locale: Locale;
}) {
  return (
    <details className="mt-3 rounded border border-stone-200 p-3" data-testid="how-we-read">
      <summary className="cursor-pointer font-medium">{t("policies.howWeRead")}</summary>
      <div className="mt-2 space-y-3 text-sm leading-relaxed">
        {pathway.decisions.map((name) => {
          const record = records.get(name);
          return record ? <DecisionRecordView key={name} record={record} /> : null;
        })}
        {examples.length ? (
          <section className="border-t border-stone-200 pt-2">
            <h5 className="font-semibold">
              {t("policies.examples")}（{examples.length}）
            </h5>
            <ul className="mt-1 space-y-1">
              {examples.map((e) => {
                const met = e.expect.pathways?.find((p) => p.id === pathway.id)?.met;
                return (
                  <li key={e.id} className="flex flex-wrap gap-x-2">
                    <span className={met ? "text-green-800" : "text-stone-700"}>
                      <Mark ok={!!met}>{met ? t("policies.expectMet") : t("policies.expectNotMet")}</Mark>
                    </span>
                    <span>{localized(locale, e.titleZh, e.titleEn)}</span>
                    <Link href={`/check?${new URLSearchParams(formFromRequest(e.request))}`} className="text-blue-800 underline">
                      {t("policies.tryIt")}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
      </div>
    </details>
  );
}
