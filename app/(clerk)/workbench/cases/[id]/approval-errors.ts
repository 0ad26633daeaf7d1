// What a refused approval tells the clerk, field by field: the domain names the problem with a detail code
// (lib/applications/approve-application.ts, lib/registry/apply-decision.ts), this turns each into the form
// field it belongs to and a sentence that says what to do. A code not known here still names the form.
import { DomainError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n";
import type { FormProblem } from "@/lib/actions/form-outcome";

const BY_NAME = {
  "member.notAllowed": "memberNotAllowed",
  "member.sex": "memberNoSex",
  "member.citizenId": "memberBadNumber",
  "member.nameMismatch": "memberNameMismatch",
} as const;

const PLAIN: Record<string, { field: string; key: string }> = {
  reason: { field: "reason", key: "reason" },
  clause: { field: "clause", key: "clause" },
  "placement.householdNumber": { field: "householdNumber", key: "household" },
  head_consent: { field: "householdNumber", key: "headConsent" },
  address: { field: "placementType", key: "address" },
  "members.none": { field: "members", key: "noMembers" },
  "citizenId.exhausted": { field: "members", key: "exhausted" },
  "already registered there": { field: "members", key: "alreadyThere" },
  permit: { field: "form", key: "permit" },
  // Beside the applicant panel's "已核验原件" button (components/workbench/applicant-panel.tsx, #verify-identity).
  "identity.unverified": { field: "form", key: "identityUnverified" },
};

/** The field errors of a refused approval, or null when the refusal is not one the form can show (stale, forbidden…). */
export function approvalFieldErrors(error: unknown, t: Translate): FormProblem[] | null {
  if (!(error instanceof DomainError)) return null;
  if (!["VALIDATION", "MISSING_DOCUMENTS", "INVALID_STATE"].includes(error.code) || error.details.length === 0) return null;
  if (error.code === "INVALID_STATE" && !error.details.includes("already registered there")) return null;
  return error.details.map((detail) => {
    const note = /^memberNote:(.+)$/.exec(detail);
    if (note) return { field: `memberNote_${note[1]}`, text: t("workbench.approveErrors.memberNote") };
    const named = /^(member\.[a-zA-Z]+):(.*)$/.exec(detail);
    if (named && named[1] in BY_NAME)
      return { field: "members", text: t(`workbench.approveErrors.${BY_NAME[named[1] as keyof typeof BY_NAME]}`, { name: named[2] }) };
    const plain = PLAIN[detail];
    if (plain) return { field: plain.field, text: t(`workbench.approveErrors.${plain.key}` as "workbench.approveErrors.reason") };
    return { field: "form", text: t("workbench.approveErrors.unknown", { detail }) };
  });
}
