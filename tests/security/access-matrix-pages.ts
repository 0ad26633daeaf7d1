// The pages and route handlers of the authorization matrix (access-matrix.ts explains the whole).
import { RENTER_WORK, renterRequest } from "../factories/chenzhou-renter";
import { page, type PageEntry } from "./access-matrix-model";

const ELIGIBILITY_BODY = renterRequest({ asOf: "2026-11-21", applicant: RENTER_WORK, spouse: null });

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
