// "Overdue against the legal time limit", once, for every query that counts or lists late cases: the
// clerk's queue, the supervisors' figures and lists. Application.dueAt holds caseClock(...).deadline as
// of the last change of the clock (submission, pause, resume) and the clock only runs in
// RUNNING_STATUSES, so "running and dueAt has passed" is exactly caseClock's urgency "overdue" for
// every running case (tests/unit/supervision-overdue.test.ts checks the two agree).
import { Prisma } from "@/lib/generated/prisma/client";
import { RUNNING_STATUSES } from "./index";

export function overdueWhere(now: Date): Prisma.ApplicationWhereInput {
  return { status: { in: [...RUNNING_STATUSES] }, dueAt: { lt: now } };
}

/** Enum constants as SQL literals (the planner then uses the status column of an index; no user input). */
export function statusList(statuses: readonly string[]): Prisma.Sql {
  if (!statuses.every((s) => /^[A-Z_]+$/.test(s))) throw new Error("not a status constant");
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(", "));
}

/** The same predicate for raw SQL over "Application" aliased `a`. */
export function overdueSql(now: Date): Prisma.Sql {
  return Prisma.sql`(a."status" IN (${statusList(RUNNING_STATUSES)}) AND a."dueAt" < ${now})`;
}
