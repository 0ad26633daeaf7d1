// The authorization matrix, round two (issue 16; decision records 0260–0262), over HTTP:
// - M1: a session signed in with a one-time password (of each role) is sent to /account/password by every
//   page and answered 403 by every guarded route; every server action but the password change, sign-out
//   and sign-in — posted as a browser posts it — is sent to /account/password and changes nothing
//   (taking a case, revealing a full ID, flagging, downloads, CSV exports included).
// - L1/L2: a draft's case screen and file are no one's but the applicant's; supervisors open no uploaded
//   file (the certificate, the portal's own decision, stays theirs).
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import type { Db } from "../../lib/db";
import { openTestDb } from "../../tests/factories/db";
import { makeDocument, PDF } from "../../tests/factories/documents";
import { getBlobStore } from "../../lib/storage";
import { createUser, demoStations, expect, signInProgrammatically, test, type TestUser } from "../fixtures";
import { BASE, classify, postServerAction } from "./action-posts";
import { applicantRows, requestSample } from "./matrix-world";
import { createSettlementCase } from "../clerk/casework-helpers";
import {
  ACTIONS,
  FORCED_CHANGE_ALLOWED_ACTIONS,
  FORCED_CHANGE_ROLES,
  forcedChangeOutcome,
  PAGES,
  ROUND_TWO_REQUESTS,
  ROUTES,
  type RoundTwoTargets,
} from "../../tests/security/access-matrix";

let db: Db;
let targets: RoundTwoTargets;
let submittedId: string;
let clerkStationId: string;
const users = {} as Record<"applicantA" | "clerkSame" | "supervisorIn", TestUser>;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  db = openTestDb();
  ({ clerkStationId } = await demoStations(db));
  users.applicantA = await createUser(db, { role: "APPLICANT" });
  users.clerkSame = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  users.supervisorIn = await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" });
  const rows = await applicantRows(db, { applicant: users.applicantA, clerk: users.clerkSame, stationId: clerkStationId });
  const sha256 = await getBlobStore().put(PDF);
  const draftDoc = await makeDocument(db, {
    applicationId: rows.draftId,
    kind: "id_card",
    fileName: "身份证.pdf",
    sha256,
    sizeBytes: PDF.byteLength,
    mediaType: "application/pdf",
    uploadedById: users.applicantA.id,
  });
  submittedId = (
    await createSettlementCase(db, {
      stationId: clerkStationId,
      applicant: await createUser(db, { role: "APPLICANT" }),
      status: "SUBMITTED",
    })
  ).id;
  targets = { ...rows, draftDocumentId: draftDoc.id };
});

test.afterAll(async () => db?.$disconnect());

async function signedIn(user: TestUser): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: BASE });
  await signInProgrammatically(context, user);
  return context;
}

/** A one-time-password account of the role, signed in; at A's station or above it where the role has a scope. */
async function forcedChange(role: (typeof FORCED_CHANGE_ROLES)[number]) {
  const user = await createUser(
    db,
    role === "CLERK" ? { role, stationId: clerkStationId } : role === "SUPERVISOR" ? { role, jurisdictionCode: "chenzhou" } : { role },
  );
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  return { user, context: await signedIn(user) };
}

for (const role of FORCED_CHANGE_ROLES) {
  test(`forced change (${role}): every page and route`, async () => {
    test.setTimeout(150_000);
    const { context } = await forcedChange(role);
    try {
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const [kind, entries] of [
        ["page", PAGES],
        ["route", ROUTES],
      ] as const) {
        for (const [key, entry] of Object.entries(entries)) {
          const response = await requestSample(context, entry.sample(targets));
          got[key] = classify(response.status(), response.headers(), entry.okStatus ?? 200);
          want[key] = forcedChangeOutcome(entry, kind);
          // A refused download says why in one sentence.
          if (kind === "route" && want[key] === "forbidden") expect(await response.text(), key).toContain("/account/password");
        }
      }
      expect(got).toEqual(want);
    } finally {
      await context.dispose();
    }
  });
}

/** Posts an action as React does from a browser (./action-posts.ts), at a page of A's case. */
function postAction(context: APIRequestContext, key: string, fields: Record<string, string>) {
  return postServerAction({ context, key, fields, caseId: targets.caseId });
}

test("forced change: every server action but the password change, sign-out and sign-in is refused and changes nothing", async () => {
  test.setTimeout(180_000);
  const sessions = {
    CLERK: await forcedChange("CLERK"),
    SUPERVISOR: await forcedChange("SUPERVISOR"),
    APPLICANT: await forcedChange("APPLICANT"),
    ADMIN: await forcedChange("ADMIN"),
  };
  const before = await db.application.findMany({
    where: { id: { in: [submittedId, targets.caseId, targets.draftId] } },
    select: { id: true, version: true, assigneeId: true, flaggedAt: true },
  });
  const ids = [...Object.values(sessions).map((s) => s.user.id)];
  const auditsBefore = await db.auditEvent.count({ where: { actorId: { in: ids }, NOT: { action: { startsWith: "auth." } } } });
  try {
    const got: Record<string, string> = {};
    const fields = {
      applicationId: submittedId,
      version: "1",
      from: "case",
      documentId: targets.documentId,
      review: "ACCEPTED",
      expected: "PENDING",
      intent: "flag",
      note: "请加快办理",
      reason: "x",
      clause: "y",
      items: "id_card",
    };
    for (const key of Object.keys(ACTIONS).filter((k) => !FORCED_CHANGE_ALLOWED_ACTIONS.includes(k))) {
      const role = key.includes("(clerk)")
        ? "CLERK"
        : key.includes("(supervisor)")
          ? "SUPERVISOR"
          : key.includes("(admin)")
            ? "ADMIN"
            : "APPLICANT";
      const response = await postAction(sessions[role].context, key, fields);
      got[key] = classify(response.status(), response.headers(), 200);
    }
    // The ones the issue names, with the fields that would have done it: take, reveal, flag.
    got.take = classify(
      ...(await postAction(sessions.CLERK.context, "app/(clerk)/workbench/actions.ts#takeCaseAction", {
        applicationId: submittedId,
        version: "1",
      }).then((r) => [r.status(), r.headers(), 200] as const)),
    );
    got.reveal = classify(
      ...(await postAction(sessions.CLERK.context, "app/(clerk)/workbench/cases/[id]/actions.ts#revealAction", {
        applicationId: targets.caseId,
      }).then((r) => [r.status(), r.headers(), 200] as const)),
    );
    got.flag = classify(
      ...(await postAction(sessions.SUPERVISOR.context, "app/(supervisor)/supervision/cases/actions.ts#flagAction", {
        applicationId: submittedId,
        version: "1",
        intent: "flag",
        note: "请加快办理",
      }).then((r) => [r.status(), r.headers(), 200] as const)),
    );
    expect(
      Object.entries(got).filter(([, outcome]) => outcome !== "password"),
      "actions not sent to the password change",
    ).toEqual([]);
    const after = await db.application.findMany({
      where: { id: { in: before.map((b) => b.id) } },
      select: { id: true, version: true, assigneeId: true, flaggedAt: true },
    });
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
    expect(
      await db.auditEvent.count({ where: { actorId: { in: ids }, NOT: { action: { startsWith: "auth." } } } }),
      "no audit row: nothing was done",
    ).toBe(auditsBefore);
    // The page the actions send to says in one sentence that what was tried was not done.
    const page = await sessions.CLERK.context.get("/account/password?refused=1");
    expect(await page.text()).toContain("刚才的操作没有执行");
  } finally {
    await Promise.all(Object.values(sessions).map((s) => s.context.dispose()));
  }
});

test("drafts are the applicant's alone; supervisors open no uploaded file", async () => {
  test.setTimeout(90_000);
  const got: Record<string, string> = {};
  const want: Record<string, string> = {};
  for (const who of ["applicantA", "clerkSame", "supervisorIn"] as const) {
    const context = await signedIn(users[who]);
    try {
      for (const row of ROUND_TWO_REQUESTS) {
        const expected = row.expect[who];
        if (!expected) continue;
        const response = await context.get(row.path(targets), { maxRedirects: 0, failOnStatusCode: false });
        got[`${who}: ${row.label}`] = classify(response.status(), response.headers(), 200);
        want[`${who}: ${row.label}`] = expected;
      }
    } finally {
      await context.dispose();
    }
  }
  expect(got).toEqual(want);
});
