import { localized } from "@/lib/i18n/localized";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { caseClock } from "@/lib/clock";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { checklistItem } from "@/lib/applications/checklist";
import { freeTextPosition, keyedRequestItems } from "@/lib/applications/request-items";
import { markNoticesRead } from "@/lib/inbox";
import { loadOwnCase, loadOwnCaseContext, type OwnCase } from "@/lib/applications/own-case";
import type { Translate } from "@/lib/i18n";
import { refusalNextStep } from "@/lib/applications/next-step";
import { readCertificateData } from "@/lib/certificates/render-data";
import { todayInChina } from "@/lib/policy";
import { Card } from "@/components/ui/card";
import { CaseClockSummary } from "@/components/me/case-clock-card";
import { ProvisionalDueNote } from "@/components/calendar-coverage";
import { CaseTimeline } from "@/components/me/case-timeline";
import { CaseDocuments } from "@/components/me/case-documents";
import { DecisionCard } from "@/components/me/decision-card";
import { DecisionPeople } from "@/components/me/decision-people";
import { CaseHeader } from "@/components/me/case-page/case-header";
import { MaterialsCard } from "@/components/me/case-page/materials-card";
import { RatingCard } from "@/components/me/case-page/rating-card";
import { WithdrawCard } from "@/components/me/case-page/withdraw-card";
import { FactsCards } from "@/components/me/case-page/facts-cards";
import { answerMaterialsAction, rateAction, withdrawAction } from "./actions";
import { isUuid } from "@/lib/security/uuid";
import { pageMetadata } from "@/lib/i18n/page-metadata";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; withdraw?: string }> };

export const generateMetadata = pageMetadata("me.title");

export default async function CasePage({ params, searchParams }: Params) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePagePermission("read:application:own", `/me/cases/${id}`);
  if (!isUuid(id)) notFound();
  const { t, locale } = await getT();
  const db = getDb();
  const app = await loadOwnCase({ db, actor, applicationId: id });
  if (!app) notFound();
  if (app.status === "DRAFT") redirect(`/apply/${app.id}`);
  // Opening the case reads its notices: a write of its own, done once the case is known to be shown.
  await markNoticesRead({ db, actor, applicationId: app.id });
  const { calendar, coverage, holdsPermit } = await loadOwnCaseContext({ db, actor, app });

  const clock = caseClock({ input: app, calendar, now: new Date() });
  const name = (j: { name: string; nameEn: string | null }) => (locale === "en" ? (j.nameEn ?? j.name) : j.name);
  const itemLabel = (id: string) => {
    const def = checklistItem(id);
    return def ? localized(locale, def.labelZh, def.labelEn) : id;
  };
  // A file sent for a free-text 补正 item is named by that item (its key only means something with its request).
  const documentLabel = (d: { kind: string; requestId: string | null }) => {
    if (freeTextPosition(d.kind) === null || !d.requestId) return itemLabel(d.kind);
    const request = app.materialsRequests.find((r) => r.id === d.requestId);
    const note = request ? keyedRequestItems(request.items).find((i) => i.key === d.kind)?.note : undefined;
    return note ? t("me.materials.otherItemDoc", { note }) : t("me.materials.otherItem");
  };
  const formatDay = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`), locale);
  const closed = app.status === "APPROVED" || app.status === "REJECTED" || app.status === "WITHDRAWN";
  const refusal = refusalOf({ app, holdsPermit, t });

  return (
    <div className="space-y-6">
      <CaseHeader app={app} done={query.done} t={t} locale={locale} name={name} />
      <MaterialsCard app={app} action={answerMaterialsAction} itemLabel={itemLabel} t={t} locale={locale} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("me.clock.title")}>
          <CaseClockSummary clock={clock} status={app.status} t={t} formatDay={formatDay} />
          {clock.state !== "stopped" ? <ProvisionalDueNote dueOn={clock.dueOn} coverage={coverage} t={t} formatDay={formatDay} /> : null}
        </Card>
        {closed ? <DecisionCard app={app} certificates={app.certificates} refusal={refusal} t={t} locale={locale} /> : null}
        {app.status === "APPROVED" ? <DecisionPeople members={app.members} t={t} /> : null}
      </div>
      <RatingCard app={app} action={rateAction} t={t} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("me.case.timeline")}>
          <CaseTimeline
            station={name(app.station)}
            t={t}
            events={app.caseEvents.map((e) => ({
              id: e.id,
              at: formatDateTime(e.createdAt, locale),
              toStatus: e.toStatus,
              byApplicant: e.actorId === app.applicantUserId,
              reason: e.reason,
              clause: e.clause,
            }))}
          />
        </Card>
        <Card title={t("me.case.documentsTitle")}>
          <CaseDocuments documents={app.documents} closed={closed} itemLabel={documentLabel} t={t} />
        </Card>
      </div>
      <FactsCards app={app} t={t} locale={locale} />
      <WithdrawCard app={app} confirm={query.withdraw === "1"} action={withdrawAction} t={t} />
    </div>
  );
}

/** A refusal: its written decision names where 行政复议 goes; the next step depends on what was refused. */
function refusalOf({ app, holdsPermit, t }: { app: OwnCase; holdsPermit: boolean; t: Translate }) {
  if (app.status !== "REJECTED") return null;
  const decision = app.certificates.find((c) => c.kind === "REFUSAL_DECISION");
  return {
    reviewBody: (decision && readCertificateData(decision.data).reviewBody) || t("certificate.pdf.reviewBodyFallback"),
    nextStep: refusalNextStep({
      kind: app.kind,
      policyCode: app.targetJurisdiction.policyCode,
      unitCode: app.targetUnit?.code ?? null,
      facts: app.facts,
      today: todayInChina({ now: new Date() }),
      holdsPermit,
    }),
  };
}
