// What the clerk can do with the case now: take it, hand it back, reassign it (the station's lead or a
// supervisor), and — while it is in review — ask for materials, approve or refuse it.
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";
import { can, type Actor } from "@/lib/auth/permissions";
import { COLLECTIVE_TYPES, JOIN_RELATIONS } from "@/lib/applications/placement";
import { unconditionalClause } from "@/lib/applications/clerk-case";
import { MEMBER_NOT_ALLOWED } from "@/lib/applications/approve-application";
import { staffName } from "@/lib/format";
import type { FormOutcome } from "@/lib/actions/form-outcome";
import { ApproveForm } from "./approve-form";
import { RefuseForm, RequestMaterialsForm } from "./decision-forms";
import { approveLabels, refuseDefaults, refuseLabels, requestLabels } from "./decision-labels";

type Outcome = FormOutcome<Record<string, string | string[]>>;
type FormAction = (prev: Outcome, formData: FormData) => Promise<Outcome>;
/** The case screen's actions, passed in by the page (components never import from app/). */
export interface DecisionActions {
  take: (formData: FormData) => Promise<void>;
  handBack: (formData: FormData) => Promise<void>;
  reassign: (formData: FormData) => Promise<void>;
  requestMaterials: FormAction;
  approve: FormAction;
  refuse: FormAction;
}
type Props = { view: CaseView; t: Translate; locale: string; actor: Actor; actions: DecisionActions };

const small = "rounded border px-3 py-1.5 text-sm font-medium";

function Hidden({ app }: { app: { id: string; version: number } }) {
  return (
    <>
      <input type="hidden" name="applicationId" value={app.id} />
      <input type="hidden" name="version" value={app.version} />
    </>
  );
}

export function DecisionPanel(props: Props) {
  const { view, t, actor } = props;
  const { app } = view;
  if (app.status === "APPROVED" || app.status === "REJECTED" || app.status === "WITHDRAWN")
    return <p className="text-sm text-stone-700">{t("workbench.decisionsClosed")}</p>;
  const inReview = app.status === "IN_REVIEW";
  // Decisions are the holder's alone (decision record 0261); anyone else is told how to get the case.
  const holds = app.assigneeId === actor.id;
  const decidable = (inReview || app.status === "NEEDS_MATERIALS") && can(actor, "decide:application:station");
  return (
    <div className="space-y-6">
      <Handling {...props} />
      {!inReview ? (
        <p className="text-sm text-stone-700">{app.status === "SUBMITTED" ? t("workbench.decisionsNotInReview") : null}</p>
      ) : null}
      {decidable && !holds ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="not-holder">
          {t("authz.notHolder")}
        </p>
      ) : null}
      {inReview && holds && can(actor, "request:materials:station") ? <RequestSection {...props} /> : null}
      {decidable && holds ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          {inReview ? <ApproveSection {...props} /> : null}
          <section className="rounded border border-red-300 p-3">
            <RefuseForm
              action={props.actions.refuse}
              applicationId={app.id}
              version={app.version}
              defaultClause={refuseDefaults(view, t).clause}
              warning={refuseDefaults(view, t).warning}
              labels={refuseLabels(t)}
            />
          </section>
        </div>
      ) : null}
    </div>
  );
}

/** Take, hand back, reassign. */
function Handling({ view, t, actor, actions }: Props) {
  const { app } = view;
  // A select whose only choices are nobody would make the reassign button a no-op.
  const others = view.clerks.filter((c) => c.id !== app.assigneeId);
  return (
    <div className="flex flex-wrap items-end gap-3">
      {app.status === "SUBMITTED" && can(actor, "take:application:station") ? (
        <form action={actions.take}>
          <Hidden app={app} />
          <input type="hidden" name="from" value="case" />
          <button type="submit" className={`${small} border-brand-700 bg-brand-700 text-white`}>
            {t("workbench.take")}
          </button>
        </form>
      ) : null}
      {app.status === "IN_REVIEW" && app.assigneeId === actor.id ? (
        <form action={actions.handBack}>
          <Hidden app={app} />
          <button type="submit" className={`${small} border-stone-500 text-stone-800`}>
            {t("workbench.handBack")}
          </button>
        </form>
      ) : null}
      {view.mayReassign && others.length > 0 ? (
        <form action={actions.reassign} className="flex flex-wrap items-end gap-2">
          <Hidden app={app} />
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
  );
}

function RequestSection({ view, t, locale, actions }: Props) {
  const { app } = view;
  const problems = new Map(view.documents.filter((d) => d.review === "PROBLEM").map((d) => [d.kind, d.reviewNote ?? ""]));
  const uploaded = new Set(view.documents.map((d) => d.kind));
  return (
    <section className="rounded border border-amber-300 p-3">
      <RequestMaterialsForm
        action={actions.requestMaterials}
        applicationId={app.id}
        version={app.version}
        labels={requestLabels(t)}
        items={view.checklist.map((i) => ({
          id: i.id,
          label: `${locale === "en" ? i.labelEn : i.labelZh}${uploaded.has(i.id) ? "" : i.held ? `（${t("held.fetched")}）` : `（${t("workbench.missing")}）`}`,
          problem: problems.get(i.id) ?? null,
          missing: i.required && !uploaded.has(i.id),
        }))}
      />
    </section>
  );
}

function ApproveSection({ view, t, locale, actions }: Props) {
  const { app } = view;
  const noHukou = app.kind === "NO_HUKOU_REGISTRATION";
  const defaultClause = view.met[0]?.clause ?? unconditionalClause({ kind: app.kind, policyCode: app.targetJurisdiction.policyCode }) ?? "";
  return (
    <section className="rounded border border-green-300 p-3">
      <ApproveForm
        action={actions.approve}
        applicationId={app.id}
        version={app.version}
        labels={approveLabels(t, noHukou)}
        pathways={view.met.map((p) => ({ id: p.id, clause: p.clause, summary: locale === "en" ? p.summaryEn : p.summary }))}
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
  );
}
