import type { Metadata } from "next";
import Link from "next/link";
import { answerEligibility, todayInChina } from "@/lib/policy";
import { getT } from "@/lib/i18n/server";
import { LiveForm } from "@/components/self-check/live-form";
import { Field } from "@/components/self-check/field";
import { AnswerView } from "@/components/self-check/answer-view";
import { CompareView } from "@/components/self-check/compare-view";
import { allPathwayIds, factsRead } from "@/components/self-check/pathway-index";
import { APPLICANT_FIELDS, formValues, MAX_MEMBERS, MEMBER_FIELDS, memberCount, PLACE_FIELDS, queryWith, requestFromForm, type FormValues } from "@/components/self-check/form-model";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("check.title") };
}

export default async function SelfCheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const today = todayInChina({ now: new Date() });
  // A first visit starts from a common case: someone with a rural hukou elsewhere, looking at 郴州.
  const values: FormValues = {
    jurisdiction: "chenzhou",
    area: "central_urban",
    kind: "settlement",
    asOf: today,
    "applicant.hukou.jurisdiction": "elsewhere",
    "applicant.hukou.area": "rural",
    ...formValues(params),
  };
  const body = requestFromForm(values);
  const answer = answerEligibility({ body, today });
  // Ask only what the applicable rules read; before a request can be answered, ask everything.
  const { facts, hasMembers } = factsRead(answer.status === 200 ? answer.json.pathways.map((p) => p.id) : allPathwayIds(values.jurisdiction));
  const applicantFields = APPLICANT_FIELDS.filter((f) => f.always || facts.has(f.name));
  const memberFields = MEMBER_FIELDS.filter((f) => f.always || facts.has(`member.${f.name}`));
  const rows = Math.min(MAX_MEMBERS, memberCount(values) + (values.addMember ? 1 : 0));
  const { addMember: _ignored, compare, ...kept } = values;
  const comparing = compare === "1";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("check.title")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-stone-700">{t("check.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <LiveForm action="/check" className="space-y-5">
          {comparing ? <input type="hidden" name="compare" value="1" /> : null}
          <input type="hidden" name="members" value={rows} />
          <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">{t("check.placeLegend")}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {PLACE_FIELDS.map((f) => (
                <Field key={f.name} field={f} name={f.name} value={values[f.name]} t={t} locale={locale} />
              ))}
            </div>
          </fieldset>
          <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">{t("check.selfLegend")}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {applicantFields.map((f) => (
                <Field key={f.name} field={f} name={f.name} value={values[f.name]} t={t} locale={locale} />
              ))}
            </div>
          </fieldset>
          {hasMembers ? (
            <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
              <legend className="px-1 text-lg font-semibold">{t("check.membersLegend")}</legend>
              <p className="text-sm text-stone-600">{t("check.membersIntro")}</p>
              {Array.from({ length: rows }, (_, i) => (
                <div key={i} className="grid gap-3 border-t border-stone-100 pt-3 sm:grid-cols-2" role="group" aria-label={t("check.member", { n: i + 1 })}>
                  {memberFields.map((f) => (
                    <Field key={f.name} field={f} name={`m${i}.${f.name}`} value={values[`m${i}.${f.name}`]} t={t} locale={locale} labelPrefix={t("check.member", { n: i + 1 })} />
                  ))}
                </div>
              ))}
              {rows < MAX_MEMBERS ? (
                <button type="submit" name="addMember" value="1" className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100">
                  ＋ {t("check.addMember")}
                </button>
              ) : null}
            </fieldset>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">{t("check.submit")}</button>
            <span className="text-sm text-stone-600">{t("check.liveNote")}</span>
          </div>
        </LiveForm>
        <section aria-labelledby="result-title" aria-live="polite" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <h2 id="result-title" className="text-lg font-semibold">{t("check.resultTitle")}</h2>
          <AnswerView answer={answer} t={t} locale={locale} />
          <p>
            <Link href={`/check?${queryWith(kept, comparing ? { compare: "" } : { compare: "1" })}`} scroll={false} className="text-blue-800 underline">
              {comparing ? t("check.hideCompare") : t("check.compareLink")}
            </Link>
          </p>
        </section>
      </div>
      {comparing ? <CompareView body={body} today={today} t={t} /> : null}
    </div>
  );
}
