import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { householdScope } from "@/lib/auth/scope";
import { isDomainErrorCode } from "@/lib/errors";
import { todayInChina } from "@/lib/policy";
import { checklistItem } from "@/lib/applications/checklist";
import { draftState, readOwnApplication } from "@/lib/applications/draft-state";
import { MAX_EXPLANATION } from "@/lib/applications/submit-application";
import { ErrorSummary, fieldId, FieldError } from "@/components/apply/error-summary";
import { AnswerPanel } from "@/components/apply/answer-panel";
import { AnswersSummary } from "@/components/apply/answers-summary";
import { submitApplicationAction } from "../../actions";

const SECTION_DETAILS = { about: 1, home: 1, work: 1, grounds: 1, family: 1, permit: 1, child: 1, person: 1 };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("apply.check.title") };
}

export default async function CheckAnswers({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ error?: string; details?: string; explanation?: string; id?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePagePermission("create:application:own", `/apply/${id}/check`);
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const app = await readOwnApplication({ db, actor, applicationId: id });
  if (!app) notFound();
  if (app.status !== "DRAFT") redirect(`/apply/${id}/done`);
  const state = draftState({ app, today: todayInChina({ now: new Date() }) });
  const households = new Map(
    (
      await db.household.findMany({
        where: { ...householdScope(actor), id: state.formData.child?.householdId ?? "00000000-0000-0000-0000-000000000000" },
        select: { id: true, householdNumber: true, address: true },
      })
    ).map((h) => [h.id, t("apply.section.householdOption", { number: h.householdNumber, address: h.address })]),
  );
  const en = locale === "en";
  const answer = state.asked?.answer.status === 200 ? state.asked.answer.json : null;
  const notEligible = answer ? !answer.eligible : false;
  const details = (query.details ?? "").split(",").filter(Boolean);
  const errors: { field: string; text: string }[] = [];
  let banner: React.ReactNode = null;
  if (query.error === "MISSING_DOCUMENTS") {
    const items = (details.length ? details : state.missing.map((m) => m.id)).map((d) => checklistItem(d)).filter((d) => d !== null);
    banner = (
      <div role="alert" className="rounded border-2 border-red-700 bg-white p-4" data-testid="missing-documents">
        <p className="font-semibold text-red-800">{t("errors.MISSING_DOCUMENTS")}</p>
        <ul className="mt-1 list-disc pl-5">
          {items.map((i) => (
            <li key={i.id}>{en ? i.labelEn : i.labelZh}</li>
          ))}
        </ul>
        <p className="mt-2">
          <Link href={`/apply/${app.id}/documents`} className="text-blue-800 underline underline-offset-2">
            {t("apply.section.documents")}
          </Link>
        </p>
      </div>
    );
  } else if (query.error === "VALIDATION" && details.includes("answers")) {
    banner = (
      <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
        {t("apply.check.invalidAnswers")}
      </p>
    );
  } else if (query.error === "VALIDATION" && details.some((d) => d in SECTION_DETAILS)) {
    banner = (
      <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
        <p>{t("apply.check.incomplete")}</p>
        <ul className="list-disc pl-5">
          {details
            .filter((d) => d in SECTION_DETAILS)
            .map((d) => (
              <li key={d}>
                <Link href={`/apply/${app.id}/${d}`} className="underline">
                  {t(`apply.section.${d as "about"}`)}
                </Link>
              </li>
            ))}
        </ul>
      </div>
    );
  } else if (query.error === "STALE") {
    banner = (
      <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900" data-testid="stale">
        {t("apply.errors.STALE")}
      </p>
    );
  } else if (query.error) {
    banner = (
      <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
        {isDomainErrorCode(query.error)
          ? t(`errors.${query.error}`)
          : `${t("common.genericError")} ${t("common.errorId", { id: query.id ?? "—" })}`}
      </p>
    );
  }
  // The explanation and the declaration are fields of this page's form: listed together in the summary.
  if (query.error === "VALIDATION" && details.includes("explanation"))
    errors.push({ field: "explanation", text: t("apply.check.explanationRequired") });
  if (query.error === "VALIDATION" && details.includes("declaration"))
    errors.push({ field: "declaration", text: t("care.declaration.required") });
  const explanationError = errors.find((e) => e.field === "explanation")?.text;
  const declarationError = errors.find((e) => e.field === "declaration")?.text;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/apply/${app.id}`} className="text-blue-800 underline underline-offset-2">
          ← {t("apply.section.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("apply.check.title")}</h1>
      <p className="text-stone-700">{t("apply.check.intro")}</p>
      <ErrorSummary title={t("apply.section.errorTitle")} errors={errors} />
      {banner}
      <AnswersSummary app={app} state={state} t={t} locale={locale} households={households} />
      <AnswerPanel asked={state.asked} t={t} locale={locale} title={t("apply.check.answerTitle")} applicationId={app.id} />
      <form action={submitApplicationAction} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <input type="hidden" name="applicationId" value={app.id} />
        <input type="hidden" name="version" value={app.version} />
        {notEligible ? (
          <div className={`flex flex-col gap-1 ${explanationError ? "border-l-4 border-red-700 pl-3" : ""}`}>
            <h2 className="text-lg font-semibold">{t("apply.check.notEligibleTitle")}</h2>
            <p id="explanation-hint" className="text-stone-700">
              {t("apply.check.notEligibleBody")}
            </p>
            <label htmlFor={fieldId("explanation")} className="font-medium">
              {t("apply.check.explanation")}
            </label>
            <FieldError id="explanation-error" text={explanationError} />
            <textarea
              id={fieldId("explanation")}
              name="explanation"
              rows={5}
              maxLength={MAX_EXPLANATION}
              defaultValue={query.explanation ?? ""}
              aria-describedby={explanationError ? "explanation-hint explanation-error" : "explanation-hint"}
              aria-invalid={!!explanationError}
              className={`w-full rounded px-3 py-2 text-base ${explanationError ? "border-2 border-red-700" : "border border-stone-500"}`}
            />
          </div>
        ) : null}
        <fieldset className={`rounded border p-3 ${declarationError ? "border-2 border-red-700" : "border-stone-300"}`}>
          <legend className="px-1 font-semibold">{t("care.declaration.title")}</legend>
          <FieldError id="declaration-error" text={declarationError} />
          <label htmlFor={fieldId("declaration")} className="flex items-start gap-3">
            <input
              id={fieldId("declaration")}
              type="checkbox"
              name="declaration"
              value="yes"
              aria-required="true"
              aria-invalid={!!declarationError}
              aria-describedby={declarationError ? "declaration-error" : undefined}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
            <span>{t("care.declaration.text")}</span>
          </label>
        </fieldset>
        <p className="text-sm text-stone-700">{t("apply.check.submitNote")}</p>
        <button type="submit" className="rounded bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800">
          {t("apply.check.submit")}
        </button>
      </form>
    </div>
  );
}
