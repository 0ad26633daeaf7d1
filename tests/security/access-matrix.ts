// The authorization matrix (issue #9, "Proofs"): every page, route handler and server action of the
// portal, with the permission it needs and whether a row decides (scope). The expected answer for each
// of eight actors is GENERATED from lib/auth/permissions.ts — not written out by hand — so the matrix
// moves with the permissions table, and tests/unit/access-matrix.test.ts fails when a page, route or
// action exists without an entry here. Exercised by e2e/security/matrix.spec.ts (pages and routes
// over HTTP) and tests/integration/access-matrix-actions.test.ts (actions through their domain calls).
// docs/decisions/0230.
import { PERMISSIONS, type Permission, type Role } from "../../lib/auth/permissions";

/** The actors every entry is tried with. "Same"/"in" = the target row lies in their scope. */
export const MATRIX_ACTORS = [
  "anonymous",
  "applicantA",
  "applicantB",
  "clerkSame",
  "clerkOther",
  "supervisorIn",
  "supervisorOut",
  "admin",
  "applicantUnverified",
] as const;
export type MatrixActor = (typeof MATRIX_ACTORS)[number];

export const ACTOR_PROFILE: Record<MatrixActor, { role: Role | null; inScope: boolean }> = {
  anonymous: { role: null, inScope: false },
  applicantA: { role: "APPLICANT", inScope: true },
  applicantB: { role: "APPLICANT", inScope: false },
  clerkSame: { role: "CLERK", inScope: true },
  clerkOther: { role: "CLERK", inScope: false },
  supervisorIn: { role: "SUPERVISOR", inScope: true },
  supervisorOut: { role: "SUPERVISOR", inScope: false },
  admin: { role: "ADMIN", inScope: false },
  // Signed up with the name and ID number of A's registry person, never verified by a clerk (issue 16, H1):
  // the link is a claim, so A's rows — household, permit, certificates keyed on the person — are not its own.
  applicantUnverified: { role: "APPLICANT", inScope: false },
};

/** ok: served / done · signin: sent to sign in (or 401) · forbidden: 403 · notFound: 404, same as missing · home: sent to the role's home. */
export type Outcome = "ok" | "signin" | "forbidden" | "notFound" | "home";

/** The rows the samples point at, made per test run: all of applicant A, at clerkSame's station, under supervisorIn. */
export interface Targets {
  draftId: string;
  caseId: string;
  householdId: string;
  certificateId: string;
  documentId: string;
  certificateCode: string;
  /** A police station (for the admin's unit page) and a staff account (for the admin's user page). */
  unitId: string;
  staffUserId: string;
  /** The county above clerkSame's station (for the KPI pages, which are about a county or a city). */
  countyId: string;
}

export interface Entry {
  /** Any one of these grants access; "public" = anyone, signed in or not; "signedIn" = any account. */
  needs: readonly Permission[] | "public" | "signedIn";
  /** A row of applicant A decides: holders outside its scope get a 404. */
  scoped: boolean;
  /** What a signed-out caller gets. */
  anonymous: Outcome;
  /** What a signed-in caller without the permission gets. */
  refused: Outcome;
  /** Pages that send a signed-in visitor on to their home (sign-in, registration, /home). */
  signedIn?: Outcome;
  /** Where the generated answer is knowingly different, with the reason in a comment beside it. */
  overrides?: Partial<Record<MatrixActor, Outcome>>;
}

export interface PageEntry extends Entry {
  /** A concrete request for this page or route. */
  sample: (t: Targets) => { method?: "GET" | "POST"; path: string; json?: unknown };
  /** The status an allowed caller gets (200 unless the handler always redirects). */
  okStatus?: number;
}

export interface ActionEntry extends Entry {
  /** The lib function the action calls, which checks the permission and scope again. */
  domain: string | null;
  /** Where the domain call answers differently from the action (the action's own check comes first). */
  domainOverrides?: Partial<Record<MatrixActor, Outcome>>;
}

const page = (needs: Entry["needs"], scoped: boolean, sample: PageEntry["sample"], extra: Partial<PageEntry> = {}): PageEntry => ({
  needs,
  scoped,
  sample,
  anonymous: needs === "public" ? "ok" : "signin",
  refused: "forbidden",
  ...extra,
});

const ELIGIBILITY_BODY = {
  jurisdiction: "chenzhou",
  area: "central_urban",
  kind: "settlement",
  asOf: "2026-11-21",
  applicant: {
    birthDate: "1990-04-01",
    hukou: { jurisdiction: "elsewhere", area: "rural" },
    residence: { type: "rented", months: 14 },
    employment: { type: "employee", months: 12 },
    socialInsurance: { urbanMonths: 12 },
  },
  members: [],
};

/** Keyed by the URL pattern the file defines (route groups dropped), e.g. "/apply/[id]/check". */
export const PAGES: Record<string, PageEntry> = {
  "/": page("public", false, () => ({ path: "/" })),
  "/check": page("public", false, () => ({ path: "/check" })),
  "/policies": page("public", false, () => ({ path: "/policies" })),
  "/policies/[jurisdiction]": page("public", false, () => ({ path: "/policies/chenzhou" })),
  "/verify": page("public", false, () => ({ path: "/verify" })),
  "/verify/[code]": page("public", false, (t) => ({ path: `/verify/${encodeURIComponent(t.certificateCode)}` })),
  "/signin": page("public", false, () => ({ path: "/signin" }), { signedIn: "home" }),
  "/register": page("public", false, () => ({ path: "/register" }), { signedIn: "home" }),
  // 忘记密码: the same words for everyone (the counter's instructions), signed in or not.
  "/signin/forgot": page("public", false, () => ({ path: "/signin/forgot" })),
  "/home": page("public", false, () => ({ path: "/home" }), { anonymous: "signin", signedIn: "home" }),
  "/me": page(["read:application:own"], false, () => ({ path: "/me" })),
  // Every signed-in account has an inbox of its own notices (clerks hold read:notice:own too).
  "/me/inbox": page(["read:notice:own"], false, () => ({ path: "/me/inbox" })),
  "/me/cases/[id]": page(["read:application:own"], true, (t) => ({ path: `/me/cases/${t.caseId}` })),
  "/apply": page(["create:application:own"], false, () => ({ path: "/apply" })),
  "/apply/new": page(["create:application:own"], false, () => ({ path: "/apply/new?kind=settlement" })),
  "/apply/[id]": page(["create:application:own"], true, (t) => ({ path: `/apply/${t.draftId}` })),
  "/apply/[id]/[section]": page(["create:application:own"], true, (t) => ({ path: `/apply/${t.draftId}/about` })),
  "/apply/[id]/check": page(["create:application:own"], true, (t) => ({ path: `/apply/${t.draftId}/check` })),
  "/apply/[id]/documents": page(["create:application:own"], true, (t) => ({ path: `/apply/${t.draftId}/documents` })),
  "/apply/[id]/done": page(["read:application:own"], true, (t) => ({ path: `/apply/${t.caseId}/done` })),
  "/workbench": page(["read:application:station"], false, () => ({ path: "/workbench" })),
  "/workbench/cases/[id]": page(["read:application:station", "read:application:jurisdiction"], true, (t) => ({
    path: `/workbench/cases/${t.caseId}`,
  })),
  "/workbench/households/[id]": page(["read:household:station"], true, (t) => ({ path: `/workbench/households/${t.householdId}` })),
  // The counter reset of a forgotten password: any applicant account, so no row of A's decides.
  "/workbench/password-reset": page(["reset:password:any"], false, () => ({ path: "/workbench/password-reset" })),
  "/supervision": page(["read:stats:jurisdiction"], false, () => ({ path: "/supervision" })),
  // The cases behind a figure, narrowed to clerkSame's station: a station outside the subtree is a 404.
  "/supervision/cases": page(["read:application:jurisdiction"], true, (t) => ({ path: `/supervision/cases?unit=${t.unitId}` })),
  // Statistics of the county above the station: a county outside the subtree is a 404 like a missing one.
  "/supervision/kpi": page(
    ["read:stats:jurisdiction", "read:stats:any"],
    true,
    (t) => ({ path: `/supervision/kpi?unit=${t.countyId}&year=2025` }),
    {
      // read:stats:any reads every unit: the admin's scope holds the county although "in scope" is false for them.
      overrides: { admin: "ok" },
    },
  ),
  // The 黔南 附件1 assessment: a supervisor elsewhere gets a page saying it does not apply (200, no figures).
  "/supervision/kpi/assessment": page(["read:stats:jurisdiction", "read:stats:any"], false, () => ({
    path: "/supervision/kpi/assessment",
  })),
  "/admin": page(["manage:user:any"], false, () => ({ path: "/admin" })),
  "/admin/users": page(["manage:user:any"], false, () => ({ path: "/admin/users" })),
  "/admin/users/new": page(["manage:user:any"], false, () => ({ path: "/admin/users/new" })),
  "/admin/users/[id]": page(["manage:user:any"], false, (t) => ({ path: `/admin/users/${t.staffUserId}` })),
  "/admin/units": page(["manage:jurisdiction:any"], false, () => ({ path: "/admin/units" })),
  "/admin/units/[id]": page(["manage:jurisdiction:any"], false, (t) => ({ path: `/admin/units/${t.unitId}` })),
  "/admin/audit": page(["read:audit:any"], false, () => ({ path: "/admin/audit" })),
  "/admin/reference": page(["manage:reference:any"], false, () => ({ path: "/admin/reference" })),
  "/admin/reference/population": page(["manage:reference:any"], false, () => ({ path: "/admin/reference/population" })),
  "/admin/reference/targets": page(["manage:reference:any"], false, () => ({ path: "/admin/reference/targets" })),
  "/admin/reference/assessment": page(["manage:reference:any"], false, () => ({ path: "/admin/reference/assessment" })),
  "/admin/reference/calendar": page(["manage:reference:any"], false, () => ({ path: "/admin/reference/calendar" })),
  // Every account may change its own password.
  "/account/password": page("signedIn", false, () => ({ path: "/account/password" })),
};

/** Route handlers (route.ts), keyed like pages. */
export const ROUTES: Record<string, PageEntry> = {
  "/api/auth/[...nextauth]": page("public", false, () => ({ path: "/api/auth/csrf" })),
  "/api/v1/eligibility": page("public", false, () => ({ method: "POST", path: "/api/v1/eligibility", json: ELIGIBILITY_BODY })),
  // Always a redirect back (to "/" here): the language switch is for anyone.
  "/locale": page("public", false, () => ({ path: "/locale?to=en&back=%2F" }), { okStatus: 303 }),
  // The 长辈版 switch, likewise a redirect back for anyone (docs/decisions/0254).
  "/elder": page("public", false, () => ({ path: "/elder?on=1&back=%2F" }), { okStatus: 303 }),
  // A forbidden file is exactly as missing as a file that does not exist — signed out included.
  // Supervisors open no uploaded file: they watch the handling, not the person (decision record 0262).
  "/documents/[id]": page(["read:application:own", "read:application:station"], true, (t) => ({ path: `/documents/${t.documentId}` }), {
    anonymous: "notFound",
    refused: "notFound",
  }),
  // The holder's account, the issuing station's clerks and the supervisors above it; the admin as missing.
  // A CSV for the admin; a plain 401 / 403 for anyone else (a download, not a page).
  "/admin/audit/export": page(["read:audit:any"], false, () => ({ path: "/admin/audit/export" })),
  // The supervision CSVs: sign-in redirect for the signed out, a plain 403 for anyone without the permission.
  "/supervision/export": page(["read:stats:jurisdiction"], false, () => ({ path: "/supervision/export?period=year" })),
  "/supervision/cases/export": page(["read:application:jurisdiction"], true, (t) => ({
    path: `/supervision/cases/export?unit=${t.unitId}`,
  })),
  "/supervision/kpi/export": page(
    ["read:stats:jurisdiction", "read:stats:any"],
    true,
    (t) => ({ path: `/supervision/kpi/export?table=trend&unit=${t.countyId}&year=2025` }),
    {
      // As the page: read:stats:any reads every unit.
      overrides: { admin: "ok" },
    },
  ),
  "/supervision/kpi/assessment/export": page(
    ["read:stats:jurisdiction", "read:stats:any"],
    false,
    () => ({ path: "/supervision/kpi/assessment/export?year=2018" }),
    {
      // The row is 黔南 itself (附件1 assesses its counties), not applicant A's: the Chenzhou supervisor finds
      // none (404, like missing), while supervisorOut — the 黔南 supervisor — holds it and gets the CSV.
      overrides: { supervisorIn: "notFound" },
    },
  ),
  "/certificates/[id]": page(
    ["read:certificate:own", "read:certificate:station", "read:certificate:jurisdiction"],
    true,
    (t) => ({ path: `/certificates/${t.certificateId}` }),
    { refused: "notFound" },
  ),
};

const action = (needs: Entry["needs"], scoped: boolean, domain: string | null, extra: Partial<ActionEntry> = {}): ActionEntry => ({
  needs,
  scoped,
  domain,
  anonymous: needs === "public" ? "ok" : "signin",
  refused: "forbidden",
  ...extra,
});

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

export function holds(role: Role | null, needs: Entry["needs"]): boolean {
  if (needs === "public") return true;
  if (!role) return false;
  if (needs === "signedIn") return true;
  const granted = PERMISSIONS[role] as readonly string[];
  return needs.some((p) => granted.includes(p));
}

/** The expected answer, from the permissions table: sign-in, then permission, then scope. */
export function expectedOutcome(entry: Entry, actor: MatrixActor): Outcome {
  const override = entry.overrides?.[actor];
  if (override) return override;
  const { role, inScope } = ACTOR_PROFILE[actor];
  if (!role) return entry.anonymous;
  if (entry.signedIn) return entry.signedIn;
  if (!holds(role, entry.needs)) return entry.refused;
  if (entry.scoped && !inScope) return "notFound";
  return "ok";
}

/** "app/(clerk)/workbench/cases/[id]/page.tsx" → "/workbench/cases/[id]". */
export function urlPatternOf(file: string): string {
  const parts = file
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1)
    .filter((p) => !/^\(.*\)$/.test(p));
  return "/" + parts.join("/");
}

// ── Issue 16, round two (decision records 0260–0262): what the callers above do not ask. ──────────────
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
