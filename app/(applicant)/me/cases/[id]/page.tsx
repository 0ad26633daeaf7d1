import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { applicationScope } from "@/lib/auth/scope";
import { caseClock } from "@/lib/clock";
import { loadCalendar, loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { checklistItem } from "@/lib/applications/checklist";
import { freeTextPosition, keyedRequestItems } from "@/lib/applications/request-items";
import { canWithdraw } from "@/lib/applications/withdraw-application";
import { canRate } from "@/lib/applications/rate-application";
import { markNoticesRead } from "@/lib/notices";
import { refusalNextStep } from "@/lib/applications/next-step";
import { readCertificateData } from "@/lib/certificates/render-data";
import { permitScope } from "@/lib/auth/scope";
import { todayInChina } from "@/lib/policy";
import { Badge, Card } from "@/components/ui/card";
import { statusTone } from "@/components/status-tone";
import { CaseClockSummary } from "@/components/mycase/case-clock-card";
import { ProvisionalDueNote } from "@/components/calendar-coverage";
import { EngineAnswer } from "@/components/mycase/case-facts";
import { FactsView } from "@/components/casework/facts-view";
import { factsInWords } from "@/lib/applications/facts-in-words";
import { CaseTimeline } from "@/components/mycase/case-timeline";
import { CaseDocuments } from "@/components/mycase/case-documents";
import { DecisionCard } from "@/components/mycase/decision-card";
import { DecisionPeople } from "@/components/mycase/decision-people";
import { MaterialsAnswerForm } from "@/components/mycase/materials-answer-form";
import { WithdrawForm } from "@/components/mycase/withdraw-form";
import { RatingForm } from "@/components/mycase/rating-form";
import { answerMaterialsAction, rateAction, withdrawAction } from "./actions";
import { isUuid } from "@/lib/security/uuid";
import { pageMetadata } from "@/lib/i18n/page-metadata";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; withdraw?: string }> };

export const generateMetadata = pageMetadata("mycase.title");

export default async function CasePage({ params, searchParams }: Params) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePagePermission("read:application:own", `/me/cases/${id}`);
  if (!isUuid(id)) notFound();
  const { t, locale } = await getT();
  const db = getDb();
  const app = await db.application.findFirst({
    where: { id, ...applicationScope(actor) },
    include: {
      station: { select: { name: true, nameEn: true } },
      targetJurisdiction: { select: { name: true, nameEn: true, policyCode: true } },
      targetUnit: { select: { code: true } },
      // Status changes only: 督办 and 改派 are the administration's own business (and name the officer).
      caseEvents: {
        where: { kind: "STATUS" },
        orderBy: { createdAt: "asc" },
        select: { id: true, createdAt: true, toStatus: true, actorId: true, reason: true, clause: true },
      },
      documents: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, fileName: true, review: true, reviewNote: true, createdAt: true, requestId: true },
      },
      materialsRequests: {
        orderBy: { requestedAt: "desc" },
        select: { id: true, items: true, message: true, requestedAt: true, answeredAt: true },
      },
      certificates: { where: { revokedAt: null }, select: { id: true, code: true, kind: true, issuedOn: true, data: true } },
      rating: { select: { score: true, comment: true } },
      members: {
        orderBy: { position: "asc" },
        select: { name: true, relation: true, approved: true, decisionNote: true, idIssued: true, citizenId: true },
      },
    },
  });
  if (!app) notFound();
  if (app.status === "DRAFT") redirect(`/apply/${app.id}`);
  // Opening the case reads its notices.
  await markNoticesRead({ db, actor, applicationId: app.id });

  const [calendar, coverage] = await Promise.all([loadCalendar({ db }), loadCalendarCoverage({ db })]);
  const clock = caseClock({ input: app, calendar, now: new Date() });
  const name = (j: { name: string; nameEn: string | null }) => (locale === "en" ? (j.nameEn ?? j.name) : j.name);
  const station = name(app.station);
  const itemLabel = (id: string) => {
    const def = checklistItem(id);
    return def ? (locale === "en" ? def.labelEn : def.labelZh) : id;
  };
  // A file sent for a free-text 补正 item is named by that item (its key only means something with its request).
  const documentLabel = (d: { kind: string; requestId: string | null }) => {
    if (freeTextPosition(d.kind) === null || !d.requestId) return itemLabel(d.kind);
    const request = app.materialsRequests.find((r) => r.id === d.requestId);
    const note = request ? keyedRequestItems(request.items).find((i) => i.key === d.kind)?.note : undefined;
    return note ? t("mycase.materials.otherItemDoc", { note }) : t("mycase.materials.otherItem");
  };
  const formatDay = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`), locale);
  const openRequest = app.status === "NEEDS_MATERIALS" ? app.materialsRequests.find((r) => !r.answeredAt) : undefined;
  const self = `/me/cases/${app.id}`;
  // A refusal: its written decision names where 行政复议 goes; the next step depends on what was refused.
  const decision = app.status === "REJECTED" ? app.certificates.find((c) => c.kind === "REFUSAL_DECISION") : undefined;
  const refusal =
    app.status === "REJECTED"
      ? {
          reviewBody: (decision && readCertificateData(decision.data).reviewBody) || t("certificate.pdf.reviewBodyFallback"),
          nextStep: refusalNextStep({
            kind: app.kind,
            policyCode: app.targetJurisdiction.policyCode,
            unitCode: app.targetUnit?.code ?? null,
            facts: app.facts,
            today: todayInChina({ now: new Date() }),
            holdsPermit:
              app.kind === "SETTLEMENT" &&
              (await db.residencePermit.count({
                where: { ...permitScope(actor), jurisdictionId: app.targetJurisdictionId, status: { in: ["VALID", "SUSPENDED"] } },
              })) > 0,
          }),
        }
      : null;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/me" className="text-brand-700 underline">
          {t("mycase.case.back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t("mycase.case.heading", { kind: t(`kind.${app.kind}`), number: app.number })}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-stone-700">
          <Badge tone={statusTone(app.status)}>{t(`status.${app.status}`)}</Badge>
          <span>
            {t("mycase.case.handledBy")}
            {t("common.colon")}
            {station}
          </span>
          <span>
            {t("mycase.case.target")}
            {t("common.colon")}
            {name(app.targetJurisdiction)} · {t(`area.${app.targetArea}`)}
          </span>
          <span>
            {t("mycase.case.submittedAt")}
            {t("common.colon")}
            {formatDateTime(app.submittedAt, locale)}
          </span>
        </p>
      </div>

      {query.done === "answered" || query.done === "withdrawn" || query.done === "rated" ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 px-4 py-3 text-green-900">
          {query.done === "answered"
            ? t("mycase.materials.answered")
            : query.done === "withdrawn"
              ? t("mycase.withdraw.done")
              : t("mycase.rating.thanks", { score: app.rating?.score ?? "—" })}
        </p>
      ) : null}

      {openRequest ? (
        <Card title={t("mycase.materials.title")} className="border-amber-400">
          <div className="space-y-3" id="materials">
            <p>{t("mycase.materials.intro", { date: formatDate(openRequest.requestedAt, locale) })}</p>
            {openRequest.message ? (
              <p className="rounded bg-stone-50 p-3">
                <span className="font-medium">
                  {t("mycase.materials.message")}
                  {t("common.colon")}
                </span>
                {openRequest.message}
              </p>
            ) : null}
            <MaterialsAnswerForm
              action={answerMaterialsAction}
              applicationId={app.id}
              version={app.version}
              items={keyedRequestItems(openRequest.items).map((i) => ({
                key: i.key,
                freeText: i.item === null,
                label: i.item ? itemLabel(i.item) : t("mycase.materials.otherItem"),
                note: i.note,
                uploaded: app.documents.filter((d) => d.requestId === openRequest.id && d.kind === i.key).map((d) => d.fileName),
              }))}
              labels={{
                files: t("mycase.materials.files"),
                filesOther: t("mycase.materials.filesOther"),
                otherHint: t("mycase.materials.otherHint"),
                note: t("mycase.materials.note"),
                submit: t("mycase.materials.submit"),
                summary: t("mycase.errors.summary"),
                uploaded: t("mycase.materials.uploaded"),
              }}
            />
          </div>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("mycase.clock.title")}>
          <CaseClockSummary clock={clock} status={app.status} t={t} formatDay={formatDay} />
          {clock.state !== "stopped" ? <ProvisionalDueNote dueOn={clock.dueOn} coverage={coverage} t={t} formatDay={formatDay} /> : null}
        </Card>
        {app.status === "APPROVED" || app.status === "REJECTED" || app.status === "WITHDRAWN" ? (
          <DecisionCard app={app} certificates={app.certificates} refusal={refusal} t={t} locale={locale} />
        ) : null}
        {app.status === "APPROVED" ? <DecisionPeople members={app.members} t={t} /> : null}
      </div>

      {canRate(app.status) ? (
        <Card title={t("mycase.rating.title")}>
          {app.rating ? (
            <div data-testid="rating">
              <p>{t("mycase.rating.thanks", { score: app.rating.score })}</p>
              {app.rating.comment ? (
                <p className="text-stone-700">{t("mycase.rating.yourComment", { comment: app.rating.comment })}</p>
              ) : null}
            </div>
          ) : (
            <RatingForm
              action={rateAction}
              applicationId={app.id}
              labels={{
                legend: t("mycase.rating.legend"),
                scores: {
                  "1": t("mycase.rating.score.1"),
                  "2": t("mycase.rating.score.2"),
                  "3": t("mycase.rating.score.3"),
                  "4": t("mycase.rating.score.4"),
                  "5": t("mycase.rating.score.5"),
                },
                comment: t("mycase.rating.comment"),
                submit: t("mycase.rating.submit"),
                summary: t("mycase.errors.summary"),
              }}
            />
          )}
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("mycase.case.timeline")}>
          <CaseTimeline
            station={station}
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
        <Card title={t("mycase.case.documentsTitle")}>
          <CaseDocuments
            documents={app.documents}
            closed={app.status === "APPROVED" || app.status === "REJECTED" || app.status === "WITHDRAWN"}
            itemLabel={documentLabel}
            t={t}
          />
        </Card>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("mycase.case.factsTitle")}>
          {/* The same facts-in-words the officer reads: what was answered, 未填写 for what was not (never "0 个月"). */}
          <FactsView
            facts={factsInWords({
              kind: app.kind,
              policyCode: app.targetJurisdiction.policyCode,
              formData: app.formData,
              facts: app.facts,
            })}
            t={t}
            locale={locale}
          />
          {app.explanation ? (
            <p className="mt-3">
              <span className="font-medium">
                {t("mycase.case.explanation")}
                {t("common.colon")}
              </span>
              {app.explanation}
            </p>
          ) : null}
        </Card>
        <Card title={t("mycase.case.engineTitle")}>
          <EngineAnswer snapshot={app.decisionSnapshot} t={t} locale={locale} />
        </Card>
      </div>

      {canWithdraw(app.status) ? (
        <Card title={t("mycase.withdraw.title")}>
          <div id="withdraw" className="space-y-3">
            <p className="text-stone-700">{t("mycase.withdraw.intro")}</p>
            {query.withdraw === "1" ? (
              <WithdrawForm
                action={withdrawAction}
                applicationId={app.id}
                version={app.version}
                cancelHref={self}
                labels={{
                  title: t("mycase.withdraw.confirmTitle", { number: app.number }),
                  reason: t("mycase.withdraw.reason"),
                  hint: t("mycase.withdraw.reasonHint"),
                  confirm: t("mycase.withdraw.confirm"),
                  cancel: t("mycase.withdraw.cancel"),
                  summary: t("mycase.errors.summary"),
                }}
              />
            ) : (
              <Link
                href={`${self}?withdraw=1#withdraw`}
                className="inline-block rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
              >
                {t("mycase.withdraw.start")}
              </Link>
            )}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
