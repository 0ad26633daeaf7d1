import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { nationalPolicyLibrary, policyLibrary } from "@/lib/policy";
import { getT } from "@/lib/i18n/server";
import { PathwayCard } from "@/components/policies/pathway-card";
import { PolicyNotes } from "@/components/policy-notes";
import { InlineTerm } from "@/components/ui/inline-term";
import { loadDecisionRecords } from "@/components/policies/decision-records";
import { localized } from "@/lib/i18n/localized";

type Params = Promise<{ jurisdiction: string }>;

function documentsFor(code: string) {
  if (code === "national") return nationalPolicyLibrary.map((a) => ({ ...a, heading: a.title, periodNote: `${a.periodNote}` }));
  return policyLibrary.filter((p) => p.jurisdiction === code).map((p) => ({ ...p, heading: p.nameZh }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { jurisdiction } = await params;
  const docs = documentsFor(jurisdiction);
  return { title: docs[0]?.title ?? "—" };
}

export default async function PolicyPage({ params }: { params: Params }) {
  const [{ jurisdiction }, { t, locale }] = await Promise.all([params, getT()]);
  const docs = documentsFor(jurisdiction);
  if (docs.length === 0) notFound();
  const en = locale === "en";
  const records = await loadDecisionRecords(docs.flatMap((d) => d.pathways.flatMap((p) => [...p.decisions])));
  return (
    <div className="space-y-8">
      {docs.map((d) => (
        <section key={d.id} aria-labelledby={`doc-${d.id}`} className="space-y-4">
          <header className="rounded-lg bg-white p-5 ring-1 ring-stone-200">
            <p className="text-sm text-stone-600">{"nameEn" in d && en ? d.nameEn : d.heading}</p>
            <h1 id={`doc-${d.id}`} className="text-2xl font-bold" lang="zh-CN">
              《{d.title}》
            </h1>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              <InlineTerm term={t("policies.document")} colon={t("common.colon")}>
                {d.documentNumber ?? "—"}（{d.issuer}
                {d.dated ? `，${d.dated}` : ""}）
              </InlineTerm>
              <InlineTerm term={t("policies.period")} colon={t("common.colon")}>
                {d.effectiveTo
                  ? t("policies.periodRange", { from: d.effectiveFrom, to: d.effectiveTo })
                  : t("policies.periodOpen", { from: d.effectiveFrom })}
              </InlineTerm>
            </dl>
            <p className="mt-2 text-sm text-stone-700">{d.periodNote}</p>
            {"nature" in d && d.nature === "draft_for_comment" ? (
              <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950" data-testid="library-standing">
                {t("policies.draft")}：{t("policies.standingDraft")}
              </p>
            ) : null}
            {d.effectiveTo ? (
              <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950" data-testid="library-standing">
                {t("policies.expired")}：{t("policies.standingExpired", { to: d.effectiveTo })}
              </p>
            ) : null}
            {"answersWhenZh" in d ? (
              <p className="mt-1 text-sm">
                <span className="text-stone-600">
                  {t("policies.answersWhen")}
                  {t("common.colon")}
                </span>
                {localized(locale, d.answersWhenZh, d.answersWhenEn)}
              </p>
            ) : null}
          </header>
          <h2 className="text-xl font-semibold">
            {t("policies.pathways")}（{d.pathways.length}）
          </h2>
          <div className="space-y-4">
            {d.pathways.map((p) => (
              <PathwayCard key={p.id} pathway={p} t={t} locale={locale} records={records} />
            ))}
          </div>
          {d.notes.length ? (
            <section className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="mb-2 font-semibold">{t("policies.notes")}</h2>
              <PolicyNotes notes={d.notes} en={en} />
            </section>
          ) : null}
        </section>
      ))}
    </div>
  );
}
