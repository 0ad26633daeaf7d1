import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { todayInChina } from "@/lib/policy";
import { loadCheckAnswers } from "@/lib/applications/draft-reads";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CheckBanner } from "@/components/apply/check-banner";
import { SubmitForm } from "@/components/apply/submit-form";
import { AnswerPanel } from "@/components/apply/answer-panel";
import { AnswersSummary } from "@/components/apply/answers-summary";
import { submitApplicationAction } from "../../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { ApplyPageHead } from "@/components/apply/page-head";

export const generateMetadata = pageMetadata("apply.check.title");

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
  const read = await loadCheckAnswers({ db: getDb(), actor, applicationId: id, today: todayInChina({ now: new Date() }) });
  if (read.kind === "missing") notFound();
  if (read.kind === "submitted") redirect(`/apply/${id}/done`);
  const { app, state } = read;
  const households = new Map(
    read.households.map((h) => [h.id, t("apply.section.householdOption", { number: h.householdNumber, address: h.address })]),
  );
  const answer = state.asked?.answer.status === 200 ? state.asked.answer.json : null;
  const notEligible = answer ? !answer.eligible : false;
  const details = (query.details ?? "").split(",").filter(Boolean);
  const errors: { field: string; text: string }[] = [];
  const banner = (
    <CheckBanner
      error={query.error}
      details={details}
      missing={state.missing}
      applicationId={app.id}
      errorId={query.id}
      t={t}
      locale={locale}
    />
  );
  // The explanation and the declaration are fields of this page's form: listed together in the summary.
  if (query.error === "VALIDATION" && details.includes("explanation"))
    errors.push({ field: "explanation", text: t("apply.check.explanationRequired") });
  if (query.error === "VALIDATION" && details.includes("declaration"))
    errors.push({ field: "declaration", text: t("care.declaration.required") });
  const explanationError = errors.find((e) => e.field === "explanation")?.text;
  const declarationError = errors.find((e) => e.field === "declaration")?.text;
  return (
    <div className="space-y-6">
      <ApplyPageHead applicationId={app.id} title={t("apply.check.title")} t={t} />
      <p className="text-stone-700">{t("apply.check.intro")}</p>
      <ErrorSummary title={t("apply.section.errorTitle")} errors={errors} />
      {banner}
      <AnswersSummary app={app} state={state} t={t} locale={locale} households={households} />
      <AnswerPanel asked={state.asked} t={t} locale={locale} title={t("apply.check.answerTitle")} applicationId={app.id} />
      <SubmitForm
        action={submitApplicationAction}
        app={app}
        notEligible={notEligible}
        explanation={query.explanation}
        explanationError={explanationError}
        declarationError={declarationError}
        t={t}
      />
    </div>
  );
}
