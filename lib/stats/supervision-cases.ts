// The cases behind a supervision figure: one unit of the subtree (county or station, or all of it),
// either open cases (a status, or overdue against the legal limit), oldest submission first, or the
// period's decisions (all, approvals, refusals, decisions against the engine), newest first. Paged by
// keyset like the clerk's queue; names and ID numbers leave this module masked.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { maskName } from "@/lib/certificates/mask-name";
import { decodeCursor, encodeCursor } from "@/lib/db/cursor";
import { overdueWhere } from "@/lib/clock/overdue";
import { OPEN_STATUSES } from "@/lib/clock/statuses";
import type { Period } from "./period";
import { loadScopeUnits, stationsUnder } from "@/lib/jurisdictions";

export const CASES_PAGE_SIZE = 50;
/** Rows per query of an export: each query sorts the unit's matching cases once, so fewer, larger pages. */
const EXPORT_BATCH = 5_000;
export const DECIDED_FILTERS = ["all", "approved", "refused", "against"] as const;
export type DecidedFilter = (typeof DECIDED_FILTERS)[number];

export const caseListFilterSchema = z.object({
  unit: z.uuid().optional().catch(undefined),
  status: z.enum(OPEN_STATUSES).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  decided: z.enum(DECIDED_FILTERS).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
});
export type CaseListFilter = z.infer<typeof caseListFilterSchema>;

const SELECT = {
  id: true,
  number: true,
  kind: true,
  status: true,
  version: true,
  submittedAt: true,
  dueAt: true,
  decidedAt: true,
  againstEngine: true,
  flagNote: true,
  flaggedAt: true,
  station: { select: { name: true, nameEn: true } },
  assignee: { select: { displayName: true, badgeNumber: true } },
  applicantPerson: { select: { name: true, citizenId: true } },
} as const satisfies Prisma.ApplicationSelect;

export interface SupervisionCaseRow {
  id: string;
  number: string;
  kind: string;
  status: string;
  version: number;
  submittedAt: Date | null;
  dueAt: Date | null;
  decidedAt: Date | null;
  againstEngine: boolean;
  flagNote: string | null;
  station: string;
  stationEn: string | null;
  assignee: { displayName: string; badgeNumber: string | null } | null;
  applicantName: string;
  applicantId: string;
}

function decidedWhere(decided: DecidedFilter, period: Period): Prisma.ApplicationWhereInput {
  const when = { decidedAt: { gte: period.start, lte: period.end } };
  if (decided === "approved") return { ...when, status: "APPROVED" };
  if (decided === "refused") return { ...when, status: "REJECTED" };
  // Against the engine either way: approvals it found not eligible, refusals it found eligible.
  if (decided === "against") return { ...when, status: { in: ["APPROVED", "REJECTED"] }, againstEngine: true };
  return { ...when, status: { in: ["APPROVED", "REJECTED"] } };
}

/** The where clause and the keyset order of a list; NOT_FOUND for a unit outside the subtree. */
async function listQuery(options: { db: Db; actor: Actor; filter: CaseListFilter; period: Period; now: Date }) {
  const { filter, period, now } = options;
  const units = await loadScopeUnits({ db: options.db, actor: options.actor });
  const stations = stationsUnder({ units, unitId: filter.unit });
  if (!stations) throw new DomainError("NOT_FOUND");
  // The scope is in the query as the subtree's station ids (loadScopeUnits reads them under the
  // actor's scopePath, exactly what applicationScope's join would match), which keeps the
  // Application → Jurisdiction join out of every list.
  const and: Prisma.ApplicationWhereInput[] = [{ stationId: { in: stations.map((s) => s.id) } }];
  const decided = filter.decided ?? null;
  if (decided) and.push(decidedWhere(decided, period));
  else {
    and.push({ status: filter.status ? filter.status : { in: [...OPEN_STATUSES] } });
    if (filter.overdue) and.push(overdueWhere(now));
  }
  // Decisions newest first on decidedAt; open cases oldest first on submittedAt (who has waited longest).
  const key = decided ? ("decidedAt" as const) : ("submittedAt" as const);
  const dir = decided ? ("desc" as const) : ("asc" as const);
  return { and, key, dir, units };
}

function afterCursor(
  key: "decidedAt" | "submittedAt",
  dir: "asc" | "desc",
  cursorText: string | undefined,
): Prisma.ApplicationWhereInput | null {
  const c = decodeCursor(cursorText);
  if (!c || c.d === null) return null;
  const d = new Date(c.d);
  const beyond = dir === "asc" ? { gt: d } : { lt: d };
  const idBeyond = dir === "asc" ? { gt: c.i } : { lt: c.i };
  return { OR: [{ [key]: beyond }, { [key]: d, id: idBeyond }] };
}

function present(r: Prisma.ApplicationGetPayload<{ select: typeof SELECT }>): SupervisionCaseRow {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    version: r.version,
    submittedAt: r.submittedAt,
    dueAt: r.dueAt,
    decidedAt: r.decidedAt,
    againstEngine: r.againstEngine,
    flagNote: r.flagNote,
    station: r.station.name,
    stationEn: r.station.nameEn,
    assignee: r.assignee ?? null,
    applicantName: maskName(r.applicantPerson.name),
    applicantId: maskCitizenId(r.applicantPerson.citizenId),
  };
}

export async function listSupervisionCases(options: {
  db: Db;
  actor: Actor;
  filter: CaseListFilter;
  period: Period;
  now?: Date;
  pageSize?: number;
  withTotal?: boolean;
}) {
  const { db } = options;
  const actor = requirePermission(options.actor, "read:application:jurisdiction");
  const now = options.now ?? new Date();
  const size = options.pageSize ?? CASES_PAGE_SIZE;
  const { and, key, dir, units } = await listQuery({ db, actor, filter: options.filter, period: options.period, now });
  const after = afterCursor(key, dir, options.filter.after);
  const where: Prisma.ApplicationWhereInput = { AND: after ? [...and, after] : and };
  const [rows, total] = await Promise.all([
    db.application.findMany({ where, orderBy: [{ [key]: dir }, { id: dir }], take: size + 1, select: SELECT }),
    options.withTotal === false ? Promise.resolve(null) : db.application.count({ where: { AND: and } }),
  ]);
  const page = rows.slice(0, size);
  const last = page[page.length - 1];
  const lastKey = last ? last[key] : null;
  const next = rows.length > size && last && lastKey ? encodeCursor({ d: lastKey.toISOString(), i: last.id }) : null;
  // The scope's units come along: the page names the chosen unit without reading them again.
  return { rows: page.map(present), next, total, units };
}

/** Every case of a list, for the CSV export, read page by page on the keyset (at most `limit`). */
export async function allSupervisionCases(options: {
  db: Db;
  actor: Actor;
  filter: CaseListFilter;
  period: Period;
  now?: Date;
  limit: number;
}) {
  const out: SupervisionCaseRow[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listSupervisionCases({
      ...options,
      filter: { ...options.filter, after },
      pageSize: Math.min(EXPORT_BATCH, options.limit - out.length),
      withTotal: false,
    });
    out.push(...page.rows);
    if (!page.next || out.length >= options.limit) return { rows: out, complete: !page.next };
    after = page.next;
  }
}
