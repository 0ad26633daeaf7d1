import type { MatrixActor, Outcome, PageEntry, Targets } from "./access-matrix-model";

// ── Issue 16, round two (decision records 0260–0262): what the eight callers of the matrix do not ask. ──────
// Kept apart from the eight callers so other additions to the matrix merge cleanly.

/**
 * M1: a session that must change its password first (a one-time password), of each role. "password":
 * sent to /account/password (pages; server actions likewise, with ?refused=1). Routes answer a plain 403.
 */
export const FORCED_CHANGE_ROLES = ["APPLICANT", "CLERK", "SUPERVISOR", "ADMIN"] as const;
export type RoundTwoOutcome = Outcome | "password";

export function forcedChangeOutcome(entry: PageEntry, kind: "page" | "route"): RoundTwoOutcome {
  // The password page itself; public pages and routes that never look at a session (a signed-in visitor
  // is sent on from sign-in, registration and /home: to the password page now).
  if (entry.needs === "signedIn") return "ok";
  if (entry.needs === "public" && !entry.signedIn && entry.anonymous === "ok") return "ok";
  return kind === "page" ? "password" : "forbidden";
}

/** M1: the server actions a one-time-password session may still call: the change itself and sign-out. */
export const FORCED_CHANGE_ALLOWED_ACTIONS = [
  "app/account/password/actions.ts#changePasswordAction",
  "app/actions/sign-out.ts#signOutAction",
  "app/(public)/signin/actions.ts#signInAction",
];

/** M2: the actions that decide a case — only its holder may; a clerk of the station who does not hold it gets NOT_HOLDER, audited. */
export const HOLDER_BOUND_ACTIONS: Record<string, { domain: string; module: string }> = {
  "app/(clerk)/workbench/cases/[id]/actions.ts#approveAction": {
    domain: "approveApplication",
    module: "lib/applications/approve-application.ts",
  },
  "app/(clerk)/workbench/cases/[id]/actions.ts#refuseAction": {
    domain: "refuseApplication",
    module: "lib/applications/refuse-application.ts",
  },
  "app/(clerk)/workbench/cases/[id]/actions.ts#requestMaterialsAction": {
    domain: "requestMaterials",
    module: "lib/applications/request-materials.ts",
  },
  "app/(clerk)/workbench/cases/[id]/actions.ts#reviewDocumentAction": {
    domain: "reviewDocument",
    module: "lib/applications/review-document.ts",
  },
};

/** The rows round two adds to the targets: a file of applicant A's unsubmitted draft. */
export interface RoundTwoTargets extends Targets {
  draftDocumentId: string;
}

/** L1 and L2 over HTTP: a draft is nobody's but the applicant's; supervisors open no uploaded file. */
export const ROUND_TWO_REQUESTS: { label: string; path: (t: RoundTwoTargets) => string; expect: Partial<Record<MatrixActor, Outcome>> }[] =
  [
    {
      label: "a draft's case screen",
      path: (t) => `/workbench/cases/${t.draftId}`,
      expect: { clerkSame: "notFound", supervisorIn: "notFound", applicantA: "forbidden" },
    },
    {
      label: "a draft's file",
      path: (t) => `/documents/${t.draftDocumentId}`,
      expect: { clerkSame: "notFound", supervisorIn: "notFound", applicantA: "ok" },
    },
    {
      label: "a submitted case's file",
      path: (t) => `/documents/${t.documentId}`,
      expect: { clerkSame: "ok", supervisorIn: "notFound", applicantA: "ok" },
    },
    {
      label: "the case's certificate (the portal's own decision, audited)",
      path: (t) => `/certificates/${t.certificateId}`,
      expect: { clerkSame: "ok", supervisorIn: "ok", applicantA: "ok" },
    },
  ];
