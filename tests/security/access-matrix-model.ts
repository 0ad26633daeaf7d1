// The authorization matrix (issue #9, "Proofs"): every page, route handler and server action of the
// portal, with the permission it needs and whether a row decides (scope). The expected answer for each
// of eight actors is GENERATED from lib/auth/permissions.ts — not written out by hand — so the matrix
// moves with the permissions table, and tests/unit/access-matrix.test.ts fails when a page, route or
// action exists without an entry here. Exercised by e2e/security/matrix.spec.ts (pages and routes
// over HTTP) and tests/integration/access-matrix-actions.test.ts (actions through their domain calls).
// docs/decisions/0230. This file: the actors, the entry types and the rule that computes the expected answer;
// the entries are in access-matrix-pages.ts and access-matrix-actions.ts, round two in access-matrix-round-two.ts.
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

export const page = (needs: Entry["needs"], scoped: boolean, sample: PageEntry["sample"], extra: Partial<PageEntry> = {}): PageEntry => ({
  needs,
  scoped,
  sample,
  anonymous: needs === "public" ? "ok" : "signin",
  refused: "forbidden",
  ...extra,
});

export const action = (needs: Entry["needs"], scoped: boolean, domain: string | null, extra: Partial<ActionEntry> = {}): ActionEntry => ({
  needs,
  scoped,
  domain,
  anonymous: needs === "public" ? "ok" : "signin",
  refused: "forbidden",
  ...extra,
});

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
