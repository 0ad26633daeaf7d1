// The holiday calendar the portal ships is the CalendarDay rows its migrations insert (2025 and 2026 in
// 20261122000000_casework, 2027 in 20261207000000_holiday_calendar_2027). Read here from the SQL itself,
// so this fails when the shipped data goes stale: it uses the real date, not a fixed one.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, dateKey } from "@/lib/policy/dates";
import { addWorkingDays, calendarCoverage, chinaDate, isWorkingDay, type CalendarDayKind } from "@/lib/clock";

const MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

function shippedRows() {
  const rows: { date: string; kind: CalendarDayKind; name: string; source: string }[] = [];
  for (const dir of readdirSync(MIGRATIONS).sort()) {
    if (!/^\d{14}_/.test(dir)) continue;
    const sql = readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8");
    for (const insert of sql.split(/INSERT INTO "CalendarDay"/).slice(1)) {
      const values = insert.slice(0, insert.indexOf(";"));
      for (const m of values.matchAll(/\('(\d{4}-\d{2}-\d{2})', '(HOLIDAY|WORKDAY)', '([^']*)', '([^']*)'\)/g)) {
        rows.push({ date: m[1], kind: m[2] as CalendarDayKind, name: m[3], source: m[4] });
      }
    }
  }
  return rows;
}

const rows = shippedRows();
const calendar = new Map(rows.map((r) => [r.date, r.kind]));

describe("the shipped holiday calendar", () => {
  it("has rows, each date once", () => {
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.date)).size).toBe(rows.length);
  });

  it("covers today + 365 days (statutory days at least), so a year-long deadline never runs off it", () => {
    const horizon = addDays({ date: chinaDate(new Date()), days: 365 });
    const { loadedThrough } = calendarCoverage(rows);
    expect(loadedThrough, "ship the next year's holidays (docs/decisions/0238)").not.toBeNull();
    expect(dateKey(loadedThrough!)).toBeGreaterThanOrEqual(dateKey(horizon));
  });

  it("knows 2026 from the State Council's arrangement and 2027 from the statutory days only", () => {
    expect(calendarCoverage(rows)).toEqual({ confirmedThrough: "2026-12-31", loadedThrough: "2027-12-31" });
  });

  it("makes 元旦 2027 a holiday, so a deadline across the new year is not a day short", () => {
    expect(calendar.get("2027-01-01")).toBe("HOLIDAY");
    expect(isWorkingDay({ calendar, date: "2027-01-01" })).toBe(false);
    // Submitted Thu 2026-12-24: 20 working days skip 元旦 (Fri 2027-01-01) and end on Fri 2027-01-22.
    expect(addWorkingDays({ calendar, from: "2026-12-24", days: 20 })).toBe("2027-01-22");
  });

  it("has 2027's statutory days of 《全国年节及纪念日放假办法》 第二条: 13 days", () => {
    const y2027 = rows.filter((r) => r.date.startsWith("2027-"));
    expect(y2027.map((r) => r.date)).toEqual([
      "2027-01-01",
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-04-05",
      "2027-05-01",
      "2027-05-02",
      "2027-06-09",
      "2027-09-15",
      "2027-10-01",
      "2027-10-02",
      "2027-10-03",
    ]);
    expect(y2027.every((r) => r.kind === "HOLIDAY" && r.source.startsWith("《全国年节及纪念日放假办法》"))).toBe(true);
  });
});
