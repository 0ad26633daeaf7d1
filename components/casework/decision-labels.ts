// What the decision forms are told: their labels in the reader's language, and the refusal's defaults.
import type { CaseView } from "@/lib/applications/case-view";
import type { Translate } from "@/lib/i18n";

export function requestLabels(t: Translate): Record<string, string> {
  return {
    errorSummary: t("casework.errorSummary"),
    title: t("casework.requestTitle"),
    hint: t("casework.requestHint"),
    items: t("casework.checklistTitle"),
    note: t("casework.problemNote"),
    other: t("casework.otherItems"),
    message: t("casework.message"),
    submit: t("casework.requestSubmit"),
  };
}

export function approveLabels(t: Translate, noHukou: boolean): Record<string, string> {
  return {
    errorSummary: t("casework.errorSummary"),
    title: t("casework.approveTitle"),
    pathway: t("casework.pathway"),
    against: t("casework.againstEngine"),
    clause: t("casework.clause"),
    reason: t("casework.approveReason"),
    reasonHint: t("casework.approveReasonHint"),
    members: noHukou ? t("casework.registerPerson") : t("casework.approveMembers"),
    memberNotAllowed: t("casework.memberNotAllowedHint"),
    placement: t("casework.placementTitle"),
    placement_new_family: t("casework.placementNew"),
    placement_existing: t("casework.placementExisting"),
    placement_collective: t("casework.placementCollective"),
    householdNumber: t("casework.householdNumber"),
    relationToHead: noHukou ? t("casework.relationOfPersonToHead") : t("casework.relationToHead"),
    collectiveType: t("casework.collectiveType"),
    submit: t("casework.approveSubmit"),
  };
}

export function refuseLabels(t: Translate): Record<string, string> {
  return {
    errorSummary: t("casework.errorSummary"),
    title: t("casework.refuseTitle"),
    reason: t("casework.refuseReason"),
    reasonHint: t("casework.refuseReasonHint"),
    clause: t("casework.refuseClause"),
    decisionHint: t("casework.refuseDecisionHint"),
    submit: t("casework.refuseSubmit"),
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
    warning: view.met.length > 0 ? t("casework.refuseAgainstEngine", { clauses: view.met.map((p) => p.clause).join("；") }) : null,
  };
}
