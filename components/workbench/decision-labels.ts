// What the decision forms are told: their labels in the reader's language, and the refusal's defaults.
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";

export function requestLabels(t: Translate): Record<string, string> {
  return {
    errorSummary: t("workbench.errorSummary"),
    title: t("workbench.requestTitle"),
    hint: t("workbench.requestHint"),
    items: t("workbench.checklistTitle"),
    note: t("workbench.problemNote"),
    other: t("workbench.otherItems"),
    message: t("workbench.message"),
    submit: t("workbench.requestSubmit"),
  };
}

export function approveLabels(t: Translate, noHukou: boolean): Record<string, string> {
  return {
    errorSummary: t("workbench.errorSummary"),
    title: t("workbench.approveTitle"),
    pathway: t("workbench.pathway"),
    against: t("workbench.againstEngine"),
    clause: t("me.decision.clause"),
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
  };
}

export function refuseLabels(t: Translate): Record<string, string> {
  return {
    errorSummary: t("workbench.errorSummary"),
    title: t("workbench.refuseTitle"),
    reason: t("workbench.refuseReason"),
    reasonHint: t("workbench.refuseReasonHint"),
    clause: t("workbench.refuseClause"),
    decisionHint: t("workbench.refuseDecisionHint"),
    submit: t("workbench.refuseSubmit"),
  };
}

/**
 * The refusal's clause is pre-filled only with a pathway the applicant did NOT meet (the nearest one the
 * engine tried): never with a met one, which would state the opposite of the facts. When the engine found a
 * pathway met, the clerk writes the clause and the reason, and the refusal goes against the engine.
 */
export function refuseDefaults(view: CaseView, t: Translate): { clause: string; warning: string | null } {
  const metIds = new Set(view.met.map((p) => p.id));
  const unmet = [...(view.comparison.atSubmission?.pathways ?? []), ...(view.comparison.today?.pathways ?? [])].find(
    (p) => !metIds.has(p.id),
  );
  return {
    clause: view.met.length === 0 && unmet ? `${unmet.citation.document} ${unmet.citation.clause}` : "",
    warning: view.met.length > 0 ? t("workbench.refuseAgainstEngine", { clauses: view.met.map((p) => p.clause).join("；") }) : null,
  };
}
