// What the clerk can do with the case now: take it, hand it back, reassign it (the station's lead or a
// supervisor), and — while it is in review — ask for materials, approve or refuse it.
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";
import { can, type Actor } from "@/lib/auth/permissions";
import { COLLECTIVE_TYPES, JOIN_RELATIONS } from "@/lib/applications/placement";
import { unconditionalClause } from "@/lib/applications/clerk-case";
import { MEMBER_NOT_ALLOWED } from "@/lib/applications/approve-application";
import { staffName } from "@/lib/format";
import { takeCaseAction } from "@/app/(clerk)/workbench/actions";
import {
  approveAction,
  handBackAction,
  reassignAction,
  refuseAction,
  requestMaterialsAction,
} from "@/app/(clerk)/workbench/cases/[id]/actions";
import { ApproveForm, RefuseForm, RequestMaterialsForm } from "./decision-forms";
import { localized } from "@/lib/i18n/localized";

const small = "rounded border px-3 py-1.5 text-sm font-medium";

export function DecisionPanel({ view, t, locale, actor }: { view: CaseView; t: Translate; locale: string; actor: Actor }) {
  const { app } = view;
  const hidden = (
    <>
      <input type="hidden" name="applicationId" value={app.id} />
      <input type="hidden" name="version" value={app.version} />
    </>
  );
  if (app.status === "APPROVED" || app.status === "REJECTED" || app.status === "WITHDRAWN")
    return <p className="text-sm text-stone-700">{t("workbench.decisionsClosed")}</p>;
  const common = { errorSummary: t("workbench.errorSummary") };
  const problems = new Map(view.documents.filter((d) => d.review === "PROBLEM").map((d) => [d.kind, d.reviewNote ?? ""]));
  const uploaded = new Set(view.documents.map((d) => d.kind));
  const defaultClause = view.met[0]?.clause ?? unconditionalClause({ kind: app.kind, policyCode: app.targetJurisdiction.policyCode }) ?? "";
  // The refusal's clause is pre-filled only with a pathway the applicant did NOT meet (the nearest one
  // the engine tried): never with a met one, which would state the opposite of the facts. When the engine
  // found a pathway met, the clerk writes the clause and the reason, and the refusal goes against the engine.
  const metIds = new Set(view.met.map((p) => p.id));
  const unmet = [...(view.comparison.atSubmission?.pathways ?? []), ...(view.comparison.today?.pathways ?? [])].find(
    (p) => !metIds.has(p.id),
  );
  const refuseClause = view.met.length === 0 && unmet ? `${unmet.citation.document} ${unmet.citation.clause}` : "";
  const refuseWarning =
    view.met.length > 0 ? t("workbench.refuseAgainstEngine", { clauses: view.met.map((p) => p.clause).join("；") }) : null;
  const inReview = app.status === "IN_REVIEW";
  const noHukou = app.kind === "NO_HUKOU_REGISTRATION";
  // Decisions are the holder's alone (decision record 0261); anyone else is told how to get the case.
  const holds = app.assigneeId === actor.id;
  const decidable = (inReview || app.status === "NEEDS_MATERIALS") && can(actor, "decide:application:station");
  // A select whose only choices are nobody would make the reassign button a no-op.
  const others = view.clerks.filter((c) => c.id !== app.assigneeId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        {app.status === "SUBMITTED" && can(actor, "take:application:station") ? (
          <form action={takeCaseAction}>
            {hidden}
            <input type="hidden" name="from" value="case" />
            <button type="submit" className={`${small} border-brand-700 bg-brand-700 text-white`}>
              {t("workbench.take")}
            </button>
          </form>
        ) : null}
        {inReview && app.assigneeId === actor.id ? (
          <form action={handBackAction}>
            {hidden}
            <button type="submit" className={`${small} border-stone-500 text-stone-800`}>
              {t("workbench.handBack")}
            </button>
          </form>
        ) : null}
        {view.mayReassign && others.length > 0 ? (
          <form action={reassignAction} className="flex flex-wrap items-end gap-2">
            {hidden}
            <label className="text-sm">
              {t("workbench.reassignTo")}
              <select name="assigneeId" className="mt-1 block max-w-full rounded border border-stone-400 px-2 py-1.5 text-sm">
                {others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {staffName({ user: c, t })}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={`${small} border-stone-500 text-stone-800`}>
              {t("workbench.reassign")}
            </button>
          </form>
        ) : view.mayReassign ? (
          <p className="text-sm text-stone-700" data-testid="reassign-nobody">
            {t("workbench.reassignNobody")}
          </p>
        ) : null}
      </div>
      {!inReview ? (
        <p className="text-sm text-stone-700">{app.status === "SUBMITTED" ? t("workbench.decisionsNotInReview") : null}</p>
      ) : null}
      {decidable && !holds ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="not-holder">
          {t("authz.notHolder")}
        </p>
      ) : null}
      {inReview && holds && can(actor, "request:materials:station") ? (
        <section className="rounded border border-amber-300 p-3">
          <RequestMaterialsForm
            action={requestMaterialsAction}
            applicationId={app.id}
            version={app.version}
            labels={{
              ...common,
              title: t("workbench.requestTitle"),
              hint: t("workbench.requestHint"),
              items: t("workbench.checklistTitle"),
              note: t("workbench.problemNote"),
              other: t("workbench.otherItems"),
              message: t("workbench.message"),
              submit: t("workbench.requestSubmit"),
            }}
            items={view.checklist.map((i) => ({
              id: i.id,
              label: `${localized(locale, i.labelZh, i.labelEn)}${uploaded.has(i.id) ? "" : i.held ? `（${t("held.fetched")}）` : `（${t("workbench.missing")}）`}`,
              problem: problems.get(i.id) ?? null,
              missing: i.required && !uploaded.has(i.id),
            }))}
          />
        </section>
      ) : null}
      {decidable && holds ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          {inReview ? (
            <section className="rounded border border-green-300 p-3">
              <ApproveForm
                action={approveAction}
                applicationId={app.id}
                version={app.version}
                labels={{
                  ...common,
                  title: t("workbench.approveTitle"),
                  pathway: t("workbench.pathway"),
                  against: t("workbench.againstEngine"),
                  clause: t("workbench.clause"),
                  reason: t("workbench.approveReason"),
                  reasonHint: t("workbench.approveReasonHint"),
                  members: noHukou ? t("workbench.registerPerson") : t("workbench.approveMembers"),
                  memberNotAllowed: t("workbench.memberNotAllowedHint"),
                  placement: t("workbench.placementTitle"),
                  placement_new_family: t("workbench.placementNew"),
                  placement_existing: t("workbench.placementExisting"),
                  placement_collective: t("workbench.placementCollective"),
                  householdNumber: t("workbench.householdNumber"),
                  relationToHead: noHukou ? t("workbench.relationOfPersonToHead") : t("workbench.relationToHead"),
                  collectiveType: t("workbench.collectiveType"),
                  submit: t("workbench.approveSubmit"),
                }}
                pathways={view.met.map((p) => ({ id: p.id, clause: p.clause, summary: localized(locale, p.summary, p.summaryEn) }))}
                needsPathway={app.kind === "SETTLEMENT" || app.kind === "RESIDENCE_PERMIT"}
                defaultClause={defaultClause}
                members={app.members.map((m) => {
                  const allowed = app.kind === "NEWBORN_REGISTRATION" || noHukou || view.allowed.has(m.position);
                  return {
                    id: m.id,
                    label: `${m.name}（${t(`relation.${m.relation}`)}）${m.citizenId ? "" : ` · ${t("workbench.noNumberYet")}`}`,
                    allowed,
                    noteLabel: t("workbench.memberNoteLabel", { name: m.name }),
                    note: allowed ? "" : MEMBER_NOT_ALLOWED,
                  };
                })}
                placement={{
                  show: app.kind === "SETTLEMENT" || app.kind === "NO_HUKOU_REGISTRATION",
                  type: view.placement.type,
                  householdNumber: view.placement.type === "existing" ? view.placement.householdNumber : "",
                  relationToHead: view.placement.type === "existing" ? view.placement.relationToHead : "OTHER",
                  collectiveType: view.placement.type === "collective" ? view.placement.householdType : "COLLECTIVE_COMMUNITY",
                }}
                relations={JOIN_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
                collectiveTypes={COLLECTIVE_TYPES.map((c) => ({ value: c, label: t(`workbench.householdTypes.${c}`) }))}
              />
            </section>
          ) : null}
          <section className="rounded border border-red-300 p-3">
            <RefuseForm
              action={refuseAction}
              applicationId={app.id}
              version={app.version}
              defaultClause={refuseClause}
              warning={refuseWarning}
              labels={{
                ...common,
                title: t("workbench.refuseTitle"),
                reason: t("workbench.refuseReason"),
                reasonHint: t("workbench.refuseReasonHint"),
                clause: t("workbench.refuseClause"),
                decisionHint: t("workbench.refuseDecisionHint"),
                submit: t("workbench.refuseSubmit"),
              }}
            />
          </section>
        </div>
      ) : null}
    </div>
  );
}
