// The clerk's queue: filters, keyset paging that neither skips nor repeats a case across pages (also
// when a case is added between pages), counts per status, and the station scope.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { listQueue, type QueueFilter } from "@/lib/applications/queue";
import { makeApplicant } from "@/tests/factories/applicants";
import { makeCase } from "@/tests/factories/cases";
import { makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;
let other: Actor;
const ids: string[] = [];

beforeAll(async () => {
  tree = await makeTree(db);
  clerk = await makeClerk(db, tree.station.id);
  other = await makeClerk(db, tree.station2.id);
  const applicant = await makeApplicant(db);
  // 12 cases: submitted on different days (so different deadlines), some with equal deadlines.
  for (let i = 0; i < 12; i++) {
    const submittedAt = new Date(Date.UTC(2026, 9, 1 + Math.floor(i / 2) * 7, 2));
    const app = await makeCase(db, {
      kind: i % 3 === 0 ? "RESIDENCE_PERMIT" : "SETTLEMENT",
      at: tree,
      applicant,
      submittedAt,
      status: i % 4 === 0 ? "IN_REVIEW" : "SUBMITTED",
      assigneeId: i % 4 === 0 ? clerk.id : null,
      facts: {},
    });
    ids.push(app.id);
  }
  await makeCase(db, { stationId: tree.station2.id, policyUnitId: tree.city.id, applicant, facts: {} });
});

async function all(filter: QueueFilter, pageSize: number, between?: () => Promise<void>) {
  const seen: string[] = [];
  let after: string | undefined;
  for (let page = 0; page < 20; page++) {
    const r = await listQueue({ db, actor: clerk, filter: { ...filter, after }, pageSize });
    seen.push(...r.rows.map((x) => x.id));
    if (!r.next) break;
    after = r.next;
    if (page === 0 && between) await between();
  }
  return seen;
}

describe("the clerk's queue", () => {
  it("sorts by deadline and pages by keyset without gaps or repeats, also when a case arrives between pages", async () => {
    const first = await listQueue({ db, actor: clerk, filter: {}, pageSize: 100 });
    const dues = first.rows.map((r) => r.dueAt!.getTime());
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    let added = "";
    const paged = await all({}, 5, async () => {
      // A late arrival with the latest deadline must appear on a later page exactly once.
      const applicant = await makeApplicant(db);
      added = (await makeCase(db, { at: tree, applicant, facts: {}, submittedAt: new Date(Date.UTC(2026, 11, 20)) })).id;
    });
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.slice(0, 12)).toEqual(first.rows.map((r) => r.id));
    expect(paged).toContain(added);
  });

  it("filters by kind, status, mine and unassigned; counts per status follow the other filters", async () => {
    const permits = await listQueue({ db, actor: clerk, filter: { kind: "RESIDENCE_PERMIT" }, pageSize: 100 });
    expect(permits.rows.every((r) => r.kind === "RESIDENCE_PERMIT")).toBe(true);
    expect(permits.rows).toHaveLength(4);
    const mine = await listQueue({ db, actor: clerk, filter: { who: "mine" }, pageSize: 100 });
    expect(mine.rows.map((r) => r.assigneeId)).toEqual(Array(3).fill(clerk.id));
    const unassigned = await listQueue({ db, actor: clerk, filter: { who: "unassigned", status: "SUBMITTED" }, pageSize: 100 });
    expect(unassigned.rows.every((r) => r.assigneeId === null && r.status === "SUBMITTED")).toBe(true);
    expect(unassigned.counts.IN_REVIEW).toBe(0);
    const counts = (await listQueue({ db, actor: clerk, filter: { kind: "SETTLEMENT" }, pageSize: 1 })).counts;
    // IN_REVIEW are i = 0, 4, 8; of these 4 and 8 are settlements (0 is a permit).
    expect(counts.IN_REVIEW).toBe(2);
  });

  it("overdue: running cases past their deadline only", async () => {
    const r = await listQueue({ db, actor: clerk, filter: { overdue: "1" }, pageSize: 100, now: new Date(Date.UTC(2026, 10, 1)) });
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.every((x) => x.dueAt! < new Date(Date.UTC(2026, 10, 1)))).toBe(true);
    expect(r.overdue).toBe(r.rows.length);
  });

  it("another station's clerk sees none of these", async () => {
    const r = await listQueue({ db, actor: other, filter: {}, pageSize: 100 });
    expect(r.rows.some((x) => ids.includes(x.id))).toBe(false);
    expect(r.rows).toHaveLength(1);
  });
});
