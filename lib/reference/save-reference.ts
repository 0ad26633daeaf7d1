// Reference data kept by administrators — resident population, reform targets, 黔南 assessment inputs,
// the holiday calendar. Each save is one transaction with its audit row (before and after), so every
// figure a KPI rests on can be traced to who typed it and when.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { DomainError } from "@/lib/errors";
import { forgetCalendar } from "@/lib/clock/load-calendar";
import { dbDate } from "@/lib/clock/day";
import type { TargetTerms } from "@/lib/stats/targets";

type Json = Prisma.InputJsonValue;
const plain = (row: unknown): Json => JSON.parse(JSON.stringify(row ?? null));

/**
 * Save one row by its key (create or replace) and write its audit row in the same transaction:
 * its create or update action, with the row before and after.
 */
async function upsertAudited<Row extends object>(options: {
  tx: Prisma.TransactionClient;
  actor: Actor;
  /** The audit action, by whether the row existed (each code written out, so the labels test sees it). */
  action: (existed: boolean) => string;
  entityType: string;
  /** The audit row's entity id: the row's id, or the key of a row that has none (a calendar day's date). */
  entityId: (row: Row) => string;
  find: () => Promise<Row | null>;
  upsert: () => Promise<Row>;
}): Promise<Row> {
  const { tx, actor } = options;
  const before = await options.find();
  const row = await options.upsert();
  await writeAudit({
    tx,
    event: {
      actorId: actor.id,
      action: options.action(before !== null),
      entityType: options.entityType,
      entityId: options.entityId(row),
      data: { before: plain(before), after: plain(row) },
    },
  });
  return row;
}

async function unitExists(tx: Prisma.TransactionClient, unitId: string) {
  const unit = await tx.jurisdiction.findUnique({ where: { id: unitId }, select: { id: true } });
  if (!unit) throw new DomainError("VALIDATION", ["unitId"]);
}

export interface PopulationStatInput {
  unitId: string;
  year: number;
  residentTotal: number;
  residentUrban: number;
  source: string;
}

export async function savePopulationStat(options: { db: Db; actor: Actor; input: PopulationStatInput }) {
  const actor = requirePermission(options.actor, "manage:reference:any");
  const { input } = options;
  if (input.residentUrban > input.residentTotal) throw new DomainError("VALIDATION", ["residentUrban"]);
  return options.db.$transaction(async (tx) => {
    await unitExists(tx, input.unitId);
    const key = { unitId_year: { unitId: input.unitId, year: input.year } };
    return upsertAudited({
      tx,
      actor,
      action: (existed) => (existed ? "reference.population.update" : "reference.population.create"),
      entityType: "PopulationStat",
      entityId: (row) => row.id,
      find: () => tx.populationStat.findUnique({ where: key }),
      upsert: () => tx.populationStat.upsert({ where: key, create: input, update: input }),
    });
  });
}

export interface TargetInput extends TargetTerms {
  unitId: string;
  metric: string;
}

export async function saveTarget(options: { db: Db; actor: Actor; input: TargetInput }) {
  const actor = requirePermission(options.actor, "manage:reference:any");
  const { input } = options;
  const problems: string[] = [];
  if (input.fromYear > input.toYear) problems.push("toYear");
  // A quota needs a number; "no quota" (不定任务指标) must not carry one.
  if (input.metric === "NO_QUOTA" ? input.value !== null : input.value === null) problems.push("value");
  if (input.metric === "RATE_GAP_REDUCTION" && input.baseYear === null) problems.push("baseYear");
  if (problems.length) throw new DomainError("VALIDATION", problems);
  return options.db.$transaction(async (tx) => {
    await unitExists(tx, input.unitId);
    const key = {
      unitId_metric_fromYear_toYear: { unitId: input.unitId, metric: input.metric, fromYear: input.fromYear, toYear: input.toYear },
    };
    return upsertAudited({
      tx,
      actor,
      action: (existed) => (existed ? "reference.target.update" : "reference.target.create"),
      entityType: "ReformTarget",
      entityId: (row) => row.id,
      find: () => tx.reformTarget.findUnique({ where: key }),
      upsert: () => tx.reformTarget.upsert({ where: key, create: input, update: input }),
    });
  });
}

export interface AssessmentInputData {
  unitId: string;
  year: number;
  requiredIncrease: number | null;
  hukouTotalPrev: number | null;
  hukouUrbanPrev: number | null;
  hukouTotal: number | null;
  hukouUrban: number | null;
  agriTransferSettlements: number | null;
  otherSettlements: number | null;
  urbanIncreaseTotal: number | null;
  relocatedSettled: number | null;
  relocatedMovedIn: number | null;
  source: string;
}

export async function saveAssessmentInput(options: { db: Db; actor: Actor; input: AssessmentInputData }) {
  const actor = requirePermission(options.actor, "manage:reference:any");
  const { input } = options;
  const problems: string[] = [];
  if (input.hukouUrbanPrev !== null && input.hukouTotalPrev !== null && input.hukouUrbanPrev > input.hukouTotalPrev)
    problems.push("hukouUrbanPrev");
  if (input.hukouUrban !== null && input.hukouTotal !== null && input.hukouUrban > input.hukouTotal) problems.push("hukouUrban");
  if (problems.length) throw new DomainError("VALIDATION", problems);
  return options.db.$transaction(async (tx) => {
    const unit = await tx.jurisdiction.findUnique({ where: { id: input.unitId }, select: { level: true } });
    if (!unit || unit.level !== "COUNTY") throw new DomainError("VALIDATION", ["unitId"]);
    const key = { unitId_year: { unitId: input.unitId, year: input.year } };
    return upsertAudited({
      tx,
      actor,
      action: (existed) => (existed ? "reference.assessment.update" : "reference.assessment.create"),
      entityType: "AssessmentInput",
      entityId: (row) => row.id,
      find: () => tx.assessmentInput.findUnique({ where: key }),
      upsert: () => tx.assessmentInput.upsert({ where: key, create: input, update: input }),
    });
  });
}

export interface CalendarDayInput {
  date: string;
  kind: "HOLIDAY" | "WORKDAY";
  name: string;
  source: string;
}

export async function saveCalendarDay(options: { db: Db; actor: Actor; input: CalendarDayInput }) {
  const actor = requirePermission(options.actor, "manage:reference:any");
  const { input } = options;
  const date = dbDate(input.date);
  const data = { kind: input.kind, name: input.name, source: input.source };
  const saved = await options.db.$transaction((tx) =>
    upsertAudited({
      tx,
      actor,
      action: (existed) => (existed ? "reference.calendar.update" : "reference.calendar.create"),
      entityType: "CalendarDay",
      entityId: () => input.date,
      find: () => tx.calendarDay.findUnique({ where: { date } }),
      upsert: () => tx.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data }),
    }),
  );
  // The legal clock reads the calendar through a one-minute cache: this process sees the change at once.
  forgetCalendar();
  return saved;
}

export async function deleteCalendarDay(options: { db: Db; actor: Actor; date: string }) {
  const actor = requirePermission(options.actor, "manage:reference:any");
  const date = dbDate(options.date);
  await options.db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date } });
    if (!before) throw new DomainError("NOT_FOUND");
    await tx.calendarDay.delete({ where: { date } });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "reference.calendar.delete",
        entityType: "CalendarDay",
        entityId: options.date,
        data: { before: plain(before) },
      },
    });
  });
  forgetCalendar();
}
