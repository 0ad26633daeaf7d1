// One screen per case: the applicant and the register, the engine's answers side by side, the facts,
// the documents inline, the history, and the decisions. Scoped: another station's case is a 404.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { formatDate, formatDateTime, staffName } from "@/lib/format";
import { chinaDate } from "@/lib/clock";
import { loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { getT } from "@/lib/i18n/server";
import { loadCaseView } from "@/lib/applications/case-view";
import { Badge, Card } from "@/components/ui/card";
import { statusTone } from "@/components/status-tone";
import { Banner } from "@/components/workbench/banner";
import { ProvisionalDueNote } from "@/components/calendar-coverage";
import { UrgencyBadge } from "@/components/workbench/urgency-badge";
import { PlacementRequest } from "@/components/workbench/placement-request";
import { ApplicantPanel } from "@/components/workbench/applicant-panel";
import { EngineComparisonView } from "@/components/workbench/engine-comparison";
import { DocumentsPanel } from "@/components/workbench/documents-panel";
import { CaseHistory } from "@/components/workbench/case-history";
import { DecisionPanel } from "@/components/workbench/decision-panel";
import { FlagPanel } from "@/components/supervision/flag-panel";
import { FactsView } from "@/components/workbench/facts-view";
import { factsInWords } from "@/lib/applications/facts-in-words";
import { maskFacts } from "@/lib/applications/case-view-mask";
import { RatingCard } from "@/components/ratings/rating-card";
import { takeCaseAction } from "../../actions";
import { flagAction } from "@/app/(supervisor)/supervision/cases/actions";
import { approveAction, handBackAction, reassignAction, refuseAction, requestMaterialsAction } from "./actions";
import { reviewDocumentAction, revealAction, verifyIdentityAction } from "./actions";

const DECISION_ACTIONS = {
  take: takeCaseAction,
  handBack: handBackAction,
  reassign: reassignAction,
  requestMaterials: requestMaterialsAction,
  approve: approveAction,
  refuse: refuseAction,
};
import { isUuid } from "@/lib/security/uuid";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("workbench.title");

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Params> }) {
  const { id } = await params;
  // Clerks of the station, and supervisors of the subtree (who may reassign from here).
  const actor = await requirePagePermission(["read:application:station", "read:application:jurisdiction"], `/workbench/cases/${id}`);
  if (!isUuid(id)) notFound();
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  let view, coverage;
  try {
    [view, coverage] = await Promise.all([loadCaseView({ db: getDb(), actor, applicationId: id }), loadCalendarCoverage({ db: getDb() })]);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { app, clock } = view;
  const open = app.status === "SUBMITTED" || app.status === "IN_REVIEW" || app.status === "NEEDS_MATERIALS";
  const allFacts = factsInWords({
    kind: app.kind,
    policyCode: app.targetJurisdiction.policyCode,
    formData: app.formData,
    facts: app.facts,
  });
  // A supervisor watches the handling, not the person: the newborn's and no-hukou facts masked (0262).
  const facts = can(actor, "read:application:station") ? allFacts : { ...allFacts, groups: maskFacts(allFacts.groups) };

  return (
    <div className="space-y-6">
      <div>
        {/* Supervisors cannot open the station's queue: their way back is the supervision case list. */}
        {can(actor, "read:application:station") ? (
          <Link href="/workbench" className="text-sm text-brand-700 underline">
            ← {t("workbench.backToQueue")}
          </Link>
        ) : (
          <Link href="/supervision/cases" className="text-sm text-brand-700 underline">
            ← {t("supervision.flag.back")}
          </Link>
        )}
        <h1 className="mt-1 text-2xl font-bold">{t("workbench.caseTitle", { number: app.number })}</h1>
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={statusTone(app.status)}>{t(`status.${app.status}`)}</Badge>
          <span>{t(`kind.${app.kind}`)}</span>
          <span>· {t("workbench.dueOn", { date: clock.dueOn ?? "—" })}</span>
          <UrgencyBadge clock={clock} t={t} status={app.status} />
          {app.againstEngine ? (
            <Badge tone="warn">{t(app.status === "REJECTED" ? "workbench.againstEngineRefusalMark" : "workbench.againstEngineMark")}</Badge>
          ) : null}
        </div>
        {clock.state !== "stopped" ? <ProvisionalDueNote dueOn={clock.dueOn} coverage={coverage} t={t} /> : null}
      </div>
      <Banner
        t={t}
        done={one(query.done)}
        error={one(query.error)}
        detail={one(query.detail)}
        errorId={one(query.id)}
        number={app.number}
      />
      {app.flagNote ? (
        <p data-testid="flag-note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <strong>
            {t("workbench.flag")}（{formatDate(app.flaggedAt, locale)}）：
          </strong>
          {app.flagNote}
        </p>
      ) : null}

      <Card>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-stone-600">{t("workbench.station")}</dt>
          <dd>{app.station.name}</dd>
          <dt className="text-stone-600">{t("workbench.target")}</dt>
          <dd>
            {app.targetJurisdiction.name}
            {app.targetUnit ? ` · ${app.targetUnit.name}` : ""} · {t(`area.${app.targetArea}`)}
          </dd>
          <dt className="text-stone-600">{t("workbench.address")}</dt>
          <dd>{app.address ?? "—"}</dd>
          <dt className="text-stone-600">{t("workbench.submittedAt")}</dt>
          <dd>{formatDateTime(app.submittedAt, locale)}</dd>
          <dt className="text-stone-600">{t("workbench.assignee")}</dt>
          <dd>{app.assignee ? staffName({ user: app.assignee, t }) : t("workbench.none")}</dd>
          {app.decisionReason ? (
            <>
              <dt className="text-stone-600">{t("workbench.decision")}</dt>
              <dd data-testid="decision">
                {app.decisionReason}
                {app.decisionClause ? `（${t("workbench.decisionClause", { clause: app.decisionClause })}）` : ""}
              </dd>
            </>
          ) : null}
          {app.certificates.length > 0 ? (
            <>
              <dt className="text-stone-600">{t("workbench.certificates")}</dt>
              <dd>
                {app.certificates.map((c) => (
                  <span key={c.id} className="mr-3 inline-block">
                    {t(`certificate.kind.${c.kind}`)}{" "}
                    <a href={`/certificates/${c.id}`} className="text-brand-700 underline">
                      {t("workbench.certificateDownload")}
                    </a>{" "}
                    <span className="font-mono text-xs text-stone-600">{c.code}</span>{" "}
                    <a href={`/verify/${encodeURIComponent(c.code)}`} className="text-sm text-blue-800 underline" data-testid="verify-link">
                      {t("care.verify.certificateLink")}
                    </a>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      </Card>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title={t("workbench.applicantTitle")}>
          <ApplicantPanel
            view={view}
            t={t}
            locale={locale}
            canReveal={can(actor, "reveal:person:station")}
            canVerify={can(actor, "update:registry:station") && open}
            revealAction={revealAction}
            verifyAction={verifyIdentityAction}
          />
          <div className="mt-4">
            <PlacementRequest view={view} t={t} />
          </div>
        </Card>
        <Card title={t("workbench.engineTitle")}>
          <EngineComparisonView
            comparison={view.comparison}
            t={t}
            locale={locale}
            submittedOn={app.submittedAt ? chinaDate(app.submittedAt) : "—"}
            today={view.today}
          />
          {app.explanation ? (
            <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
              <h3 className="font-semibold">{t("workbench.explanation")}</h3>
              <p className="whitespace-pre-wrap">{app.explanation}</p>
            </div>
          ) : null}
          <details className="mt-3" open>
            <summary className="cursor-pointer text-sm font-medium">{t("workbench.factsTitle")}</summary>
            <div className="mt-2">
              <FactsView facts={facts} t={t} locale={locale} />
            </div>
          </details>
        </Card>
      </div>

      <Card title={t("workbench.documentsTitle")}>
        <DocumentsPanel
          view={view}
          t={t}
          locale={locale}
          canReview={can(actor, "decide:application:station") && open && app.assigneeId === actor.id}
          reviewAction={reviewDocumentAction}
        />
      </Card>

      <Card title={t("workbench.decisionsTitle")}>
        <DecisionPanel view={view} t={t} locale={locale} actor={actor} actions={DECISION_ACTIONS} />
      </Card>

      {open && can(actor, "flag:application:jurisdiction") ? (
        <div id="flag">
          <Card title={t("supervision.flag.title")}>
            <FlagPanel app={app} t={t} locale={locale} noteError={one(query.field) === "flagNote"} flagAction={flagAction} />
          </Card>
        </div>
      ) : null}

      {app.rating ? (
        <Card title={t("ratings.caseCard.title")}>
          <RatingCard rating={app.rating} t={t} locale={locale} />
        </Card>
      ) : null}

      <Card title={t("workbench.historyTitle")}>
        <CaseHistory view={view} t={t} locale={locale} />
      </Card>
    </div>
  );
}
