// The authorization matrix over HTTP (issue #9, "Proofs"): every page and route handler of
// tests/security/access-matrix.ts, asked by eight callers — signed out, applicant A (whose rows they
// are) and B, a clerk of A's station and of another, a supervisor above it and elsewhere, an admin —
// must answer exactly as the permissions table generates: served, sign-in, 403, 404 (as missing), or
// the caller's own home. Redirects are not followed: the first answer is the one judged.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import type { Db } from "../../lib/db";
import { openTestDb } from "../../tests/factories/db";
import { ROLE_HOME, type Role } from "../../lib/auth/permissions";
import { createUser, demoStations, expect, signInProgrammatically, test, type TestUser } from "../fixtures";
import { applicantRows, requestSample } from "./matrix-world";
import {
  ACTOR_PROFILE,
  expectedOutcome,
  MATRIX_ACTORS,
  PAGES,
  ROUTES,
  type MatrixActor,
  type Targets,
} from "../../tests/security/access-matrix";

const BASE = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
const ENTRIES = [...Object.entries(PAGES), ...Object.entries(ROUTES)];

let db: Db;
let targets: Targets;
const users = {} as Record<Exclude<MatrixActor, "anonymous">, TestUser>;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  db = openTestDb();
  const { clerkStationId, otherStationId } = await demoStations(db);
  users.applicantA = await createUser(db, { role: "APPLICANT" });
  users.applicantB = await createUser(db, { role: "APPLICANT" });
  users.clerkSame = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  users.clerkOther = await createUser(db, { role: "CLERK", stationId: otherStationId });
  users.supervisorIn = await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" });
  users.supervisorOut = await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "qiannan" });
  users.admin = await createUser(db, { role: "ADMIN" });
  // An account no clerk has verified (issue 16, H1): it reads and acts on nothing of A's.
  users.applicantUnverified = await createUser(db, { role: "APPLICANT" });
  await db.user.update({ where: { id: users.applicantUnverified.id }, data: { identityVerifiedAt: null } });

  // Applicant A's rows: a draft, and a case at clerkSame's station approved by them (household, certificate, file).
  targets = await applicantRows(db, { applicant: users.applicantA, clerk: users.clerkSame, stationId: clerkStationId });
});

test.afterAll(async () => db?.$disconnect());

/** What the first answer means, in the matrix's words. */
function classify(status: number, location: string | undefined, okStatus: number, role: Role | null): string {
  if (status === okStatus) return "ok";
  if (status >= 300 && status < 400 && location) {
    const path = new URL(location, BASE).pathname;
    if (path === "/signin") return "signin";
    if (role && path === ROLE_HOME[role]) return "home";
    return `redirect to ${location}`;
  }
  if (status === 401) return "signin";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  return `status ${status}`;
}

for (const who of MATRIX_ACTORS) {
  test(`matrix: ${who}`, async () => {
    test.setTimeout(120_000);
    const context: APIRequestContext = await playwrightRequest.newContext({ baseURL: BASE });
    try {
      if (who !== "anonymous") await signInProgrammatically(context, users[who]);
      const role = ACTOR_PROFILE[who].role;
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const [key, entry] of ENTRIES) {
        const response = await requestSample(context, entry.sample(targets));
        got[key] = classify(response.status(), response.headers()["location"], entry.okStatus ?? 200, role);
        want[key] = expectedOutcome(entry, who);
      }
      // One comparison of the whole row, so a failure lists every cell that differs at once.
      expect(got).toEqual(want);
    } finally {
      await context.dispose();
    }
  });
}
