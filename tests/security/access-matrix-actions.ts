// The server actions of the authorization matrix (access-matrix.ts explains the whole).
import { action, type ActionEntry } from "./access-matrix-model";

/** Server actions, keyed "<module under app/>#<export>". */
export const ACTIONS: Record<string, ActionEntry> = {
  "app/actions/sign-out.ts#signOutAction": action("public", false, "endSessions"),
  "app/(public)/signin/actions.ts#signInAction": action("public", false, "authenticate"),
  "app/(public)/register/actions.ts#registerAction": action("public", false, "registerApplicant"),
  "app/(applicant)/apply/actions.ts#startApplicationAction": action(["create:application:own"], false, "startApplication"),
  "app/(applicant)/apply/actions.ts#saveSectionAction": action(["create:application:own"], true, "saveSection"),
  "app/(applicant)/apply/actions.ts#uploadDocumentAction": action(["create:application:own"], true, "addDocument"),
  "app/(applicant)/apply/actions.ts#removeDocumentAction": action(["create:application:own"], true, "removeDocument"),
  "app/(applicant)/apply/actions.ts#submitApplicationAction": action(["create:application:own"], true, "submitApplication"),
  "app/(applicant)/me/cases/[id]/actions.ts#withdrawAction": action(["withdraw:application:own"], true, "withdrawApplication"),
  "app/(applicant)/me/cases/[id]/actions.ts#rateAction": action(["rate:application:own"], true, "rateApplication"),
  "app/(applicant)/me/cases/[id]/actions.ts#answerMaterialsAction": action(["answer:application:own"], true, "answerMaterials"),
  "app/(clerk)/workbench/actions.ts#takeCaseAction": action(["take:application:station"], true, "takeCase"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#handBackAction": action(["take:application:station"], true, "handBack"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#reassignAction": action(
    ["reassign:application:station", "reassign:application:jurisdiction"],
    true,
    "reassignCase",
    {
      // reassignCase asks mayReassign (lead clerks and supervisors), which refuses a missing actor as
      // FORBIDDEN; the action itself sends a signed-out post to sign in before it gets there.
      domainOverrides: { anonymous: "forbidden" },
    },
  ),
  "app/(clerk)/workbench/cases/[id]/actions.ts#verifyIdentityAction": action(["update:registry:station"], true, "verifyIdentity"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#reviewDocumentAction": action(["decide:application:station"], true, "reviewDocument"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#revealAction": action(["reveal:person:station"], true, "revealCitizenId"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#requestMaterialsAction": action(["request:materials:station"], true, "requestMaterials"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#approveAction": action(["decide:application:station"], true, "approveApplication"),
  "app/(clerk)/workbench/cases/[id]/actions.ts#refuseAction": action(["decide:application:station"], true, "refuseApplication"),
  // Any applicant account (the ID card is checked in person at whichever counter): clerks of every station.
  "app/(clerk)/workbench/password-reset/actions.ts#counterResetAction": action(["reset:password:any"], false, "resetApplicantPassword"),
  "app/(admin)/admin/users/actions.ts#createUserAction": action(["manage:user:any"], false, "createStaffUser"),
  "app/(admin)/admin/users/actions.ts#editUserAction": action(["manage:user:any"], false, "editStaffUser"),
  "app/(admin)/admin/users/actions.ts#deactivateAction": action(["manage:user:any"], false, "deactivateUser"),
  "app/(admin)/admin/users/actions.ts#reactivateAction": action(["manage:user:any"], false, "reactivateUser"),
  "app/(admin)/admin/users/actions.ts#unlockAction": action(["manage:user:any"], false, "unlockUser"),
  "app/(admin)/admin/users/actions.ts#resetPasswordAction": action(["manage:user:any"], false, "forcePasswordReset"),
  "app/(admin)/admin/units/actions.ts#updateUnitAction": action(["manage:jurisdiction:any"], false, "updateUnit"),
  "app/(admin)/admin/reference/actions.ts#savePopulationAction": action(["manage:reference:any"], false, "savePopulationStat"),
  "app/(admin)/admin/reference/actions.ts#saveTargetAction": action(["manage:reference:any"], false, "saveTarget"),
  "app/(admin)/admin/reference/actions.ts#saveAssessmentAction": action(["manage:reference:any"], false, "saveAssessmentInput"),
  "app/(admin)/admin/reference/actions.ts#saveCalendarAction": action(["manage:reference:any"], false, "saveCalendarDay"),
  "app/(admin)/admin/reference/actions.ts#deleteCalendarAction": action(["manage:reference:any"], false, "deleteCalendarDay"),
  // 督办: a case of the supervisor's subtree; one outside it is NOT_FOUND, like a missing one.
  "app/(supervisor)/supervision/cases/actions.ts#flagAction": action(["flag:application:jurisdiction"], true, "flagCase"),
  // 差评整改回访: a follow-up of a station in the supervisor's subtree; one outside it is NOT_FOUND.
  "app/(supervisor)/supervision/actions.ts#closeFollowUpAction": action(["close:followup:jurisdiction"], true, "closeFollowUp"),
  // The account's own password: the current one proves it, no permission beyond being signed in.
  "app/account/password/actions.ts#changePasswordAction": action("signedIn", false, "changePassword"),
};
