// One screen per case: the applicant and the register, the engine's answers side by side, the facts,
// the documents inline, the history, and the decisions. Scoped: another station's case is a 404.
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { getT } from "@/lib/i18n/server";
import { loadCaseView, type CaseView } from "@/lib/applications/case-view";
import { Card } from "@/components/ui/card";
import { CaseHeader, FlagNote } from "@/components/workbench/case-header";
import { CaseSummary, EngineCard } from "@/components/workbench/case-summary";
import { Banner } from "@/components/workbench/banner";
import { PlacementRequest } from "@/components/workbench/placement-request";
import { ApplicantPanel } from "@/components/workbench/applicant-panel";
import { DocumentsPanel } from "@/components/workbench/documents-panel";
import { CaseHistory } from "@/components/workbench/case-history";
import { DecisionPanel } from "@/components/workbench/decision-panel";
import { FlagPanel } from "@/components/supervision/flag-panel";
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
import { firstValue, type SearchParams } from "@/lib/search-params";

export const generateMetadata = pageMetadata("workbench.title");

// Another station's case, like a missing one, is a 404.
async function loadCase(actor: Actor, applicationId: string) {
  try {
    return await Promise.all([loadCaseView({ db: getDb(), actor, applicationId }), loadCalendarCoverage({ db: getDb() })]);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

// The facts in words; a supervisor watches the handling, not the person: the newborn's and no-hukou facts masked (0262).
function caseFacts({ app }: CaseView, actor: Actor) {
  const allFacts = factsInWords({
    kind: app.kind,
    policyCode: app.targetJurisdiction.policyCode,
    formData: app.formData,
    facts: app.facts,
  });
  return can(actor, "read:application:station") ? allFacts : { ...allFacts, groups: maskFacts(allFacts.groups) };
}

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  // Clerks of the station, and supervisors of the subtree (who may reassign from here).
  const actor = await requirePagePermission(["read:application:station", "read:application:jurisdiction"], `/workbench/cases/${id}`);
  if (!isUuid(id)) notFound();
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  const [view, coverage] = await loadCase(actor, id);
  const { app } = view;
  const open = app.status === "SUBMITTED" || app.status === "IN_REVIEW" || app.status === "NEEDS_MATERIALS";
  const facts = caseFacts(view, actor);

  return (
    <div className="space-y-6">
      <CaseHeader view={view} coverage={coverage} t={t} backToQueue={can(actor, "read:application:station")} />
      <Banner
        t={t}
        done={firstValue(query.done)}
        error={firstValue(query.error)}
        detail={firstValue(query.detail)}
        errorId={firstValue(query.id)}
        number={app.number}
      />
      <FlagNote view={view} t={t} locale={locale} />
      <CaseSummary view={view} t={t} locale={locale} />

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
        <EngineCard view={view} t={t} locale={locale} facts={facts} />
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
            <FlagPanel app={app} t={t} locale={locale} noteError={firstValue(query.field) === "flagNote"} flagAction={flagAction} />
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
