import { localized } from "@/lib/i18n/localized";
import Link from "next/link";
import { answerEligibility, areaOfUnit, JURISDICTIONS, parseEligibilityRequest, todayInChina, type JurisdictionCode } from "@/lib/policy";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { LiveForm } from "@/components/check/live-form";
import { Field } from "@/components/check/field";
import { AnswerView, issueMessage, issueText } from "@/components/check/answer-view";
import { CompareView } from "@/components/check/compare-view";
import { NextSteps } from "@/components/check/next-steps";
import { loadPlaceUnits, type PlaceUnit } from "@/lib/self-check/place-units";
import { allPathwayIds, factsRead } from "@/lib/self-check/pathway-index";
import {
  APPLICANT_FIELDS,
  fieldForIssue,
  fieldId,
  formValues,
  MAX_MEMBERS,
  MEMBER_FIELDS,
  memberCount,
  PLACE_FIELDS,
  queryWith,
  requestFromForm,
  type FormValues,
} from "@/lib/self-check/form-model";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("check.title");

/** The places of the jurisdiction from the database; without one the form asks the area instead. */
async function placesOf(jurisdiction: JurisdictionCode): Promise<PlaceUnit[] | null> {
  try {
    return await loadPlaceUnits({ db: getDb(), jurisdiction });
  } catch (error) {
    logUnexpected(error, "self-check: loading places");
    return null;
  }
}

export default async function SelfCheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const en = locale === "en";
  const today = todayInChina({ now: new Date() });
  const given = formValues(params);
  // No verdict before the first answer: a first visit shows the questions and an invitation.
  const asked = Object.keys(given).length > 0;
  // A first visit starts from a common case: someone with a rural hukou elsewhere, looking at 郴州.
  const values: FormValues = {
    jurisdiction: "chenzhou",
    area: "central_urban",
    kind: "settlement",
    asOf: today,
    "applicant.hukou.jurisdiction": "elsewhere",
    "applicant.hukou.area": "rural",
    ...given,
  };
  const jurisdiction = (JURISDICTIONS as readonly string[]).includes(values.jurisdiction)
    ? (values.jurisdiction as JurisdictionCode)
    : null;
  const places = jurisdiction ? await placesOf(jurisdiction) : null;
  const unit = places?.find((p) => p.code === values.unit) ?? null;
  // The area follows from the place chosen (0122); the area question remains for "not sure".
  if (unit) values.area = areaOfUnit({ area: unit.area });
  const body = requestFromForm(values);
  const result = answerEligibility({ body, today });
  const issues = asked && result.status === 400 ? result.json.error.issues : [];
  const errors = new Map<string, string>();
  // Facts that cannot all be true name every field involved: each of them shows the one sentence.
  for (const issue of issues) {
    for (const path of issue.paths ?? [issue.path]) {
      const name = fieldForIssue(path);
      if (name && !errors.has(name)) errors.set(name, issueMessage(issue, t));
    }
  }
  // Ask only what the applicable rules read; before a request can be answered, ask everything.
  const { facts, hasMembers } = factsRead(
    result.status === 200 ? result.json.pathways.map((p) => p.id) : allPathwayIds(values.jurisdiction),
  );
  const applicantFields = APPLICANT_FIELDS.filter((f) => f.always || facts.has(f.name) || errors.has(f.name));
  const memberFields = MEMBER_FIELDS.filter((f) => f.always || facts.has(`member.${f.name}`));
  const rows = Math.min(MAX_MEMBERS, memberCount(values) + (values.addMember ? 1 : 0));
  const { addMember: _ignored, compare, ...kept } = values;
  const comparing = compare === "1";
  const placeFields = PLACE_FIELDS.filter((f) => f.name !== "area" || unit === null);
  const met = result.status === 200 && result.json.eligible;
  // The next steps need the request the engine answered: the same body parsed the same way (answer.ts).
  const request = met ? parseEligibilityRequest({ body, today }) : null;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("check.title")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-stone-700">{t("check.intro")}</p>
        {asked ? (
          <p className="mt-2 lg:hidden">
            <a href="#result-title" className="font-semibold text-blue-800 underline" data-testid="jump-to-answer">
              ↓ {t("check.jumpToAnswer")}
            </a>
          </p>
        ) : null}
      </div>
      {issues.length ? (
        <div
          id="error-summary"
          role="alert"
          tabIndex={-1}
          className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-900"
          data-testid="error-summary"
        >
          <h2 className="font-semibold">{t("check.errorSummary", { n: issues.length })}</h2>
          <ul className="mt-2 list-disc pl-5">
            {issues.map((issue, i) => {
              const name = fieldForIssue(issue.path);
              return (
                <li key={i}>
                  {name ? (
                    <a href={`#${fieldId(name)}`} className="underline">
                      {issueText(issue, t)}
                    </a>
                  ) : (
                    issueText(issue, t)
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <LiveForm action="/check" className="space-y-5">
          {comparing ? <input type="hidden" name="compare" value="1" /> : null}
          <input type="hidden" name="members" value={rows} />
          <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">{t("check.placeLegend")}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {placeFields.slice(0, 1).map((f) => (
                <Field key={f.name} field={f} name={f.name} value={values[f.name]} t={t} locale={locale} error={errors.get(f.name)} />
              ))}
              {places && places.length ? (
                <div className="flex flex-col gap-1">
                  <label htmlFor="f-unit" className="font-medium">
                    {t("check.field.unit")}
                  </label>
                  <select
                    id="f-unit"
                    name="unit"
                    defaultValue={unit?.code ?? ""}
                    aria-describedby="f-unit-area"
                    className="rounded border border-stone-400 bg-white px-2 py-2 text-base"
                  >
                    <option value="">{t("check.option.unitUnsure")}</option>
                    {places.map((p) => (
                      <option key={p.code} value={p.code}>
                        {localized(locale, p.label, p.labelEn)}
                      </option>
                    ))}
                  </select>
                  {unit ? (
                    <p id="f-unit-area" className="text-sm text-stone-700" data-testid="unit-area">
                      {t("check.unitArea", { area: t(`area.${areaOfUnit({ area: unit.area }).toUpperCase()}` as MessageKey) })}
                    </p>
                  ) : null}
                </div>
              ) : null}
              {placeFields.slice(1).map((f) => (
                <Field key={f.name} field={f} name={f.name} value={values[f.name]} t={t} locale={locale} error={errors.get(f.name)} />
              ))}
            </div>
            {jurisdiction ? (
              <p className="text-sm text-stone-700" data-testid="central-note">
                {t(`check.central.${jurisdiction}` as MessageKey)}
              </p>
            ) : null}
          </fieldset>
          <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <legend className="px-1 text-lg font-semibold">{t("check.selfLegend")}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {applicantFields.map((f) => (
                <Field key={f.name} field={f} name={f.name} value={values[f.name]} t={t} locale={locale} error={errors.get(f.name)} />
              ))}
            </div>
          </fieldset>
          {hasMembers ? (
            <fieldset className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
              <legend className="px-1 text-lg font-semibold">{t("check.membersLegend")}</legend>
              <p className="text-sm text-stone-600">{t("check.membersIntro")}</p>
              {Array.from({ length: rows }, (_, i) => (
                <div
                  key={i}
                  className="grid gap-3 border-t border-stone-100 pt-3 sm:grid-cols-2"
                  role="group"
                  aria-label={t("check.member", { n: i + 1 })}
                >
                  {memberFields.map((f) => (
                    <Field
                      key={f.name}
                      field={f}
                      name={`m${i}.${f.name}`}
                      value={values[`m${i}.${f.name}`]}
                      t={t}
                      locale={locale}
                      labelPrefix={t("check.member", { n: i + 1 })}
                      error={errors.get(`m${i}.${f.name}`)}
                    />
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
            <button type="submit" className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
              {t("check.submit")}
            </button>
            <span className="text-sm text-stone-600">{t("check.liveNote")}</span>
          </div>
        </LiveForm>
        <section aria-labelledby="result-title" aria-live="polite" className="space-y-4 lg:sticky lg:top-4 lg:self-start">
          <h2 id="result-title" className="scroll-mt-4 text-lg font-semibold">
            {t("check.resultTitle")}
          </h2>
          {asked ? (
            <>
              <AnswerView
                answer={result}
                t={t}
                locale={locale}
                nextSteps={
                  met && request?.ok ? <NextSteps request={request.request} response={result.json} unit={unit} t={t} en={en} /> : null
                }
              />
              <p>
                <Link
                  href={`/check?${queryWith(kept, comparing ? { compare: "" } : { compare: "1" })}`}
                  scroll={false}
                  className="text-blue-800 underline"
                >
                  {comparing ? t("check.hideCompare") : t("check.compareLink")}
                </Link>
              </p>
            </>
          ) : (
            <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-700" data-testid="not-asked">
              {t("check.notAskedYet")}
            </p>
          )}
        </section>
      </div>
      {comparing && asked ? <CompareView body={body} today={today} t={t} /> : null}
    </div>
  );
}
