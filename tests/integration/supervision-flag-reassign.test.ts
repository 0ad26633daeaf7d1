// A supervisor's 督办 and reassignment: scoped (another county's supervisor gets NOT_FOUND and nothing
// changes), versioned (a stale form is refused), audited in the same transaction; the handler is
// notified of a flag and sees it in the queue.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { DomainError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/auth/permissions";
import { flagCase } from "@/lib/applications/flag-case";
import { reassignCase } from "@/lib/applications/reassign";
import { listQueue } from "@/lib/applications/queue";
import { makeExactCase, makeSupervisionTree, type SupervisionTree } from "./supervision-fixtures";

const db = useTestDb();
let tree: SupervisionTree;

beforeAll(async () => {
  tree = await makeSupervisionTree(db);
});

const openCase = () =>
  makeExactCase(db, tree, {
    stationId: tree.station.id,
    status: "IN_REVIEW",
    submitted: "2026-11-02T09:00:00",
    dueAt: "2026-12-30T23:59:59",
    assigneeId: tree.clerk.id,
  });

describe("flagging a case (督办)", () => {
  it("writes the note, raises the version, records a case event, an audit row and the handler's notice", async () => {
    const app = await openCase();
    const result = await flagCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 1, note: "  请三日内办结  " });
    expect(result.version).toBe(2);
    const after = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after).toMatchObject({ flagNote: "请三日内办结", version: 2, status: "IN_REVIEW" });
    expect(after.flaggedAt).toBeInstanceOf(Date);
    const audit = await db.auditEvent.findMany({ where: { entityType: "Application", entityId: app.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["application.flag", tree.supervisor.id]]);
    // Recorded as a 督办, not as a status change "审核中 → 审核中".
    expect(await db.caseEvent.count({ where: { applicationId: app.id, kind: "FLAG", reason: "督办：请三日内办结" } })).toBe(1);
    expect(await db.notice.count({ where: { userId: tree.clerk.id, applicationId: app.id, kind: "flagged" } })).toBe(1);
    // The clerk's queue carries the note.
    const queue = await listQueue({ db, actor: tree.clerk, filter: {} });
    expect(queue.rows.find((r) => r.id === app.id)?.flagNote).toBe("请三日内办结");
  });

  it("clears the flag", async () => {
    const app = await openCase();
    await flagCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 1, note: "催办" });
    await flagCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 2, note: null });
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      flagNote: null,
      flaggedAt: null,
      version: 3,
    });
    expect((await db.auditEvent.findMany({ where: { entityId: app.id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "application.flag",
      "application.unflag",
    ]);
    expect((await db.caseEvent.findMany({ where: { applicationId: app.id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind)).toEqual([
      "FLAG",
      "UNFLAG",
    ]);
  });

  it("is NOT_FOUND for a supervisor of another county, and changes nothing", async () => {
    const app = await openCase();
    await expect(flagCase({ db, actor: tree.outsider, applicationId: app.id, expectedVersion: 1, note: "越权" })).rejects.toEqual(
      new DomainError("NOT_FOUND"),
    );
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ flagNote: null, version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: app.id } })).toBe(0);
  });

  it("refuses a stale version, an empty note, a closed case and a clerk", async () => {
    const app = await openCase();
    await expect(flagCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 7, note: "x" })).rejects.toEqual(
      new DomainError("STALE"),
    );
    await expect(flagCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 1, note: "   " })).rejects.toEqual(
      new DomainError("VALIDATION", ["note"]),
    );
    await expect(flagCase({ db, actor: tree.clerk, applicationId: app.id, expectedVersion: 1, note: "x" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const closed = await makeExactCase(db, tree, {
      stationId: tree.station.id,
      status: "APPROVED",
      submitted: "2026-11-02T09:00:00",
      decided: "2026-11-05T09:00:00",
    });
    await expect(flagCase({ db, actor: tree.supervisor, applicationId: closed.id, expectedVersion: 1, note: "x" })).rejects.toEqual(
      new DomainError("INVALID_STATE"),
    );
    expect(await db.auditEvent.count({ where: { entityId: { in: [app.id, closed.id] } } })).toBe(0);
  });
});

describe("reassigning a case as a supervisor", () => {
  it("gives the case to another clerk of the station, versioned and audited", async () => {
    const app = await openCase();
    const r = await reassignCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 1, assigneeId: tree.clerkB.id });
    expect(r.version).toBe(2);
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ assigneeId: tree.clerkB.id, version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: app.id, action: "application.reassign" } });
    expect(audit).toMatchObject({ actorId: tree.supervisor.id, data: { from: tree.clerk.id, to: tree.clerkB.id, version: 2 } });
    expect(await db.caseEvent.findFirstOrThrow({ where: { applicationId: app.id } })).toMatchObject({
      kind: "REASSIGN",
      fromStatus: "IN_REVIEW",
      toStatus: "IN_REVIEW",
    });
  });

  it("is NOT_FOUND for another county's supervisor; a clerk of another station is not a valid assignee; stale forms fail", async () => {
    const app = await openCase();
    await expect(
      reassignCase({ db, actor: tree.outsider, applicationId: app.id, expectedVersion: 1, assigneeId: tree.clerkB.id }),
    ).rejects.toEqual(new DomainError("NOT_FOUND"));
    await expect(
      reassignCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 1, assigneeId: tree.otherClerk.id }),
    ).rejects.toEqual(new DomainError("VALIDATION", ["assignee"]));
    await expect(
      reassignCase({ db, actor: tree.supervisor, applicationId: app.id, expectedVersion: 5, assigneeId: tree.clerkB.id }),
    ).rejects.toEqual(new DomainError("STALE"));
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ assigneeId: tree.clerk.id, version: 1 });
    expect(await db.auditEvent.count({ where: { entityId: app.id } })).toBe(0);
  });
});
