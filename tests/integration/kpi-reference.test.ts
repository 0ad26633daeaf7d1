// Reference data kept by administrators: each save is audited in its own transaction, refused for
// anyone else, and checked (every problem at once); the demo seed adds its rows once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { deleteCalendarDay, saveAssessmentInput, saveCalendarDay, savePopulationStat, saveTarget } from "@/lib/reference/save-reference";
import { writeReference, DEMO_ASSESSMENT_2018 } from "@/prisma/seed/reference";
import { seedDemoData } from "@/prisma/seed";
import { loadCalendarCoverage } from "@/lib/clock/load-calendar";
import { makeAdmin, makeKpiTree, makeSupervisor } from "./kpi-fixtures";

const db = useTestDb();

describe("reference saves", () => {
  it("creates, then updates, with an audit row holding before and after", async () => {
    const admin = await makeAdmin(db);
    const { city } = await makeKpiTree(db);
    const input = { unitId: city!.id, year: 2018, residentTotal: 1000, residentUrban: 600, source: "统计年鉴" };
    const created = await savePopulationStat({ db, actor: admin, input });
    await savePopulationStat({ db, actor: admin, input: { ...input, residentUrban: 610 } });
    const audits = await db.auditEvent.findMany({ where: { entityType: "PopulationStat", entityId: created.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["reference.population.create", "reference.population.update"]);
    expect(audits.every((a) => a.actorId === admin.id)).toBe(true);
    const last = audits[1].data as { before: { residentUrban: number }; after: { residentUrban: number } };
    expect([last.before.residentUrban, last.after.residentUrban]).toEqual([600, 610]);
    expect(await db.populationStat.count({ where: { unitId: city!.id } })).toBe(1);
  });

  it("refuses a supervisor, and writes nothing", async () => {
    const { city } = await makeKpiTree(db);
    const sup = await makeSupervisor(db, city!);
    await expect(
      savePopulationStat({ db, actor: sup, input: { unitId: city!.id, year: 2018, residentTotal: 1, residentUrban: 1, source: "x" } }),
    ).rejects.toMatchObject({ name: "ForbiddenError" });
    expect(await db.populationStat.count({ where: { unitId: city!.id } })).toBe(0);
  });

  it("lists every problem of a target at once; a no-quota target carries no value", async () => {
    const admin = await makeAdmin(db);
    const { city } = await makeKpiTree(db);
    const bad = {
      unitId: city!.id,
      metric: "RATE_GAP_REDUCTION",
      fromYear: 2020,
      toYear: 2019,
      value: null,
      baseYear: null,
      sourceDocument: "d",
      sourceClause: "一",
      note: null,
    };
    await expect(saveTarget({ db, actor: admin, input: bad })).rejects.toMatchObject({
      code: "VALIDATION",
      details: ["toYear", "value", "baseYear"],
    });
    await expect(saveTarget({ db, actor: admin, input: { ...bad, metric: "NO_QUOTA", toYear: 2020, value: 5 } })).rejects.toMatchObject({
      details: ["value"],
    });
    const ok = await saveTarget({ db, actor: admin, input: { ...bad, metric: "NO_QUOTA", toYear: 2020 } });
    expect(ok.value).toBeNull();
  });

  it("assessment inputs only for a county, urban never above total", async () => {
    const admin = await makeAdmin(db);
    const { city, a } = await makeKpiTree(db);
    const blank = {
      year: 2018,
      requiredIncrease: 1.2,
      hukouTotalPrev: null,
      hukouUrbanPrev: null,
      hukouTotal: 10,
      hukouUrban: 11,
      agriTransferSettlements: null,
      otherSettlements: null,
      urbanIncreaseTotal: null,
      relocatedSettled: null,
      relocatedMovedIn: null,
      source: "s",
    };
    await expect(saveAssessmentInput({ db, actor: admin, input: { ...blank, unitId: a.county.id } })).rejects.toMatchObject({
      details: ["hukouUrban"],
    });
    await expect(saveAssessmentInput({ db, actor: admin, input: { ...blank, unitId: city!.id, hukouUrban: 5 } })).rejects.toMatchObject({
      details: ["unitId"],
    });
    const row = await saveAssessmentInput({ db, actor: admin, input: { ...blank, unitId: a.county.id, hukouUrban: 5 } });
    expect(Number(row.requiredIncrease)).toBe(1.2);
    expect(
      await db.auditEvent.count({ where: { entityType: "AssessmentInput", entityId: row.id, action: "reference.assessment.create" } }),
    ).toBe(1);
  });

  it("holiday calendar: add, change, delete — each audited", async () => {
    const admin = await makeAdmin(db);
    const date = "2099-10-01";
    await saveCalendarDay({ db, actor: admin, input: { date, kind: "HOLIDAY", name: "国庆节", source: "测试" } });
    await saveCalendarDay({ db, actor: admin, input: { date, kind: "WORKDAY", name: "调休", source: "测试" } });
    expect((await db.calendarDay.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) } }))?.kind).toBe("WORKDAY");
    await deleteCalendarDay({ db, actor: admin, date });
    await expect(deleteCalendarDay({ db, actor: admin, date })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const actions = (await db.auditEvent.findMany({ where: { entityType: "CalendarDay", entityId: date }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(["reference.calendar.create", "reference.calendar.update", "reference.calendar.delete"]);
  });
});

describe("demo reference data", () => {
  it("is added once: a second run adds nothing and keeps an administrator's edit", async () => {
    await seedDemoData({ db });
    const duyun = await db.jurisdiction.findUniqueOrThrow({ where: { code: "qiannan-duyun" } });
    const count = await db.assessmentInput.count({
      where: { year: 2018, unit: { code: { in: DEMO_ASSESSMENT_2018.map((a) => a.county) } } },
    });
    expect(count).toBe(12);
    await db.assessmentInput.update({ where: { unitId_year: { unitId: duyun.id, year: 2018 } }, data: { relocatedMovedIn: 19999 } });
    const added = await db.$transaction((tx) => writeReference({ tx }));
    expect(added).toBe(0);
    expect(
      (await db.assessmentInput.findUniqueOrThrow({ where: { unitId_year: { unitId: duyun.id, year: 2018 } } })).relocatedMovedIn,
    ).toBe(19999);
  });
});

describe("holiday calendar 2027 (docs/decisions/0238)", () => {
  const day = (date: string) => ({ date: new Date(`${date}T00:00:00Z`) });
  const migration = () =>
    readFileSync(path.join(process.cwd(), "prisma", "migrations", "20261207000000_holiday_calendar_2027", "migration.sql"), "utf8");

  it("the migrations load 2027's statutory days: 元旦 is a holiday, the year loaded but not confirmed", async () => {
    const newYear = await db.calendarDay.findUniqueOrThrow({ where: day("2027-01-01") });
    expect(newYear.kind).toBe("HOLIDAY");
    expect(newYear.source.startsWith("《全国年节及纪念日放假办法》")).toBe(true);
    expect(
      await db.calendarDay.count({ where: { date: { gte: new Date("2027-01-01T00:00:00Z"), lte: new Date("2027-12-31T00:00:00Z") } } }),
    ).toBeGreaterThanOrEqual(13);
    expect(await loadCalendarCoverage({ db, fresh: true })).toEqual({ confirmedThrough: "2026-12-31", loadedThrough: "2027-12-31" });
  });

  it("run again, it adds a missing day and keeps an administrator's entry", async () => {
    const before = await db.calendarDay.findUniqueOrThrow({ where: day("2027-10-01") });
    const missing = await db.calendarDay.delete({ where: day("2027-06-09") });
    await db.calendarDay.update({
      where: day("2027-10-01"),
      data: { name: "国庆节", source: "国务院办公厅关于2027年部分节假日安排的通知" },
    });
    try {
      await db.$executeRawUnsafe(migration());
      expect(await db.calendarDay.findUnique({ where: day("2027-06-09") })).toEqual(missing);
      expect((await db.calendarDay.findUniqueOrThrow({ where: day("2027-10-01") })).source).toBe(
        "国务院办公厅关于2027年部分节假日安排的通知",
      );
    } finally {
      await db.calendarDay.update({ where: day("2027-10-01"), data: { name: before.name, source: before.source } });
    }
  });
});
