import { answerEligibility, areaOfUnit, JURISDICTIONS, parseEligibilityRequest, todayInChina, type JurisdictionCode } from "@/lib/policy";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n";
import { issueMessage } from "@/components/check/answer-view";
import { CheckForm } from "@/components/check/check-form";
import { CheckResult } from "@/components/check/check-result";
import { CompareView } from "@/components/check/compare-view";
import { IssueSummary } from "@/components/check/issue-summary";
import { NextSteps } from "@/components/check/next-steps";
import { loadPlaceUnits, type PlaceUnit } from "@/lib/jurisdictions";
import { allPathwayIds, factsRead } from "@/lib/self-check/pathway-index";
import {
  APPLICANT_FIELDS,
  fieldForIssue,
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

/** Facts that cannot all be true name every field involved: each of them shows the one sentence. */
function fieldErrors(issues: { path: string; paths?: string[]; message: string }[], t: Translate): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    for (const path of issue.paths ?? [issue.path]) {
      const name = fieldForIssue(path);
      if (name && !errors.has(name)) errors.set(name, issueMessage(issue, t));
    }
  }
  return errors;
}

/** A first visit starts from a common case: someone with a rural hukou elsewhere, looking at 郴州. */
function startingValues(given: FormValues, today: string): FormValues {
  return {
    jurisdiction: "chenzhou",
    area: "central_urban",
    kind: "settlement",
    asOf: today,
    "applicant.hukou.jurisdiction": "elsewhere",
    "applicant.hukou.area": "rural",
    ...given,
  };
}

export default async function SelfCheckPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const en = locale === "en";
  const today = todayInChina({ now: new Date() });
  const given = formValues(params);
  // No verdict before the first answer: a first visit shows the questions and an invitation.
  const asked = Object.keys(given).length > 0;
  const values = startingValues(given, today);
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
  const errors = fieldErrors(issues, t);
  // Ask only what the applicable rules read; before a request can be answered, ask everything.
  const { facts, hasMembers } = factsRead(
    result.status === 200 ? result.json.pathways.map((p) => p.id) : allPathwayIds(values.jurisdiction),
  );
  const rows = Math.min(MAX_MEMBERS, memberCount(values) + (values.addMember ? 1 : 0));
  const { addMember: _ignored, compare, ...kept } = values;
  const comparing = compare === "1";
  const met = result.status === 200 && result.json.eligible;
  // The next steps need the request the engine answered: the same body parsed the same way (answer.ts).
  const request = met ? parseEligibilityRequest({ body, today }) : null;
  const nextSteps = met && request?.ok ? <NextSteps request={request.request} response={result.json} unit={unit} t={t} en={en} /> : null;

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
      {issues.length ? <IssueSummary issues={issues} t={t} /> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]">
        <CheckForm
          comparing={comparing}
          rows={rows}
          placeFields={PLACE_FIELDS.filter((f) => f.name !== "area" || unit === null)}
          places={places}
          unit={unit}
          jurisdiction={jurisdiction}
          applicantFields={APPLICANT_FIELDS.filter((f) => f.always || facts.has(f.name) || errors.has(f.name))}
          memberFields={MEMBER_FIELDS.filter((f) => f.always || facts.has(`member.${f.name}`))}
          hasMembers={hasMembers}
          values={values}
          errors={errors}
          t={t}
          locale={locale}
        />
        <CheckResult
          asked={asked}
          answer={result}
          nextSteps={nextSteps}
          comparing={comparing}
          compareHref={`/check?${queryWith(kept, comparing ? { compare: "" } : { compare: "1" })}`}
          t={t}
          locale={locale}
        />
      </div>
      {comparing && asked ? <CompareView body={body} today={today} t={t} /> : null}
    </div>
  );
}
