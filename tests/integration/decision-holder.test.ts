// M2 (issue 16): decisions are the handling officer's. Another clerk of the same station — or any clerk
// on a case nobody has taken — is refused with NOT_HOLDER, the case is left as it was, and the attempt
// is written to the audit trail ("application.decision-refused"). docs/decisions/0261.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { approveCase } from "@/tests/factories/decisions";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { requestMaterials } from "@/lib/applications/request-materials";
import { reviewDocument } from "@/lib/applications/review-document";
import { takeCase } from "@/lib/applications/take-case";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase } from "@/tests/factories/cases";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";
import { makeDocument } from "@/tests/factories/documents";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let holder: Actor;
let colleague: Actor;

beforeAll(async () => {
  tree = await makeTree(db);
  holder = await makeClerk(db, tree.station.id);
  colleague = await makeClerk(db, tree.station.id, { lead: true });
});

async function heldCase(assigneeId: string | null, status: "IN_REVIEW" | "SUBMITTED" = "IN_REVIEW") {
  const applicant = await makeApplicant(db);
  const app = await makeCase(db, { at: tree, applicant, status, assigneeId });
  const doc = await makeDocument(db, { applicationId: app.id, uploadedById: applicant.user.id });
  return { app, doc };
}

const DECISIONS = {
  approve: (actor: Actor, app: { id: string; version: number }) => approveCase(db, actor, app),
  refuse: (actor: Actor, app: { id: string; version: number }) =>
    refuseApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, reason: "社保不足", clause: "三(一)" }),
  "request-materials": (actor: Actor, app: { id: string; version: number }) =>
    requestMaterials({ db, actor, applicationId: app.id, expectedVersion: app.version, items: [{ item: "id_card", note: "看不清" }] }),
  "review-document": (actor: Actor, _app: { id: string; version: number }, docId: string) =>
    reviewDocument({ db, actor, documentId: docId, review: "ACCEPTED", expectedReview: "PENDING" }),
} as const;

async function refusal(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "done",
    (e: unknown) => (e instanceof DomainError ? e.code : `unexpected ${String(e)}`),
  );
}

describe("a decision by a clerk who does not hold the case", () => {
  it.each(Object.keys(DECISIONS) as (keyof typeof DECISIONS)[])("%s: refused, nothing changed, the attempt audited", async (decision) => {
    const { app, doc } = await heldCase(holder.id);
    expect(await refusal(DECISIONS[decision](colleague, app, doc.id))).toBe("NOT_HOLDER");
    const after = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { documents: true } });
    expect(after.version).toBe(app.version);
    expect(after.status).toBe("IN_REVIEW");
    expect(after.documents[0].review).toBe("PENDING");
    const audits = await db.auditEvent.findMany({ where: { actorId: colleague.id, entityId: app.id } });
    expect(audits.map((a) => a.action)).toEqual(["application.decision-refused"]);
    expect(audits[0].data).toMatchObject({ decision, heldBy: holder.id });
  });

  it.each(Object.keys(DECISIONS) as (keyof typeof DECISIONS)[])("%s: the holder may", async (decision) => {
    const { app, doc } = await heldCase(holder.id);
    expect(await refusal(DECISIONS[decision](holder, app, doc.id))).toBe("done");
  });

  it("a case nobody holds: its documents are reviewed after taking it, not before", async () => {
    const { app, doc } = await heldCase(null, "SUBMITTED");
    expect(await refusal(DECISIONS["review-document"](holder, app, doc.id))).toBe("NOT_HOLDER");
    await takeCase({ db, actor: holder, applicationId: app.id, expectedVersion: app.version });
    expect(await refusal(DECISIONS["review-document"](holder, app, doc.id))).toBe("done");
  });

  it("a clerk of another station still finds no such case (scope before holding)", async () => {
    const other = await makeClerk(db, tree.station2.id);
    const { app } = await heldCase(holder.id);
    expect(await refusal(DECISIONS.approve(other, app))).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { actorId: other.id } })).toBe(0);
  });
});
