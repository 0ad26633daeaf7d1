// The register's wording has one source (lib/registry/reasons.ts): the approval, the seed and the benchmark
// registry write it from there, the SQL form says the same words, and no writer spells a reason itself.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendReason, approvedReason, DECISION_REASONS, HISTORY_REASONS, reasonSql, sqlText } from "./reasons";

const ROOT = path.resolve(__dirname, "../..");
/** Where the register is written: the live code, the demo seed, the benchmark fills (the UI catalogue names actions, not reasons). */
const WRITERS = ["lib", "prisma/seed", "scripts"];
const NOT_WRITERS = [path.join("lib", "i18n"), path.join("lib", "generated")];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return NOT_WRITERS.includes(rel) ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The fixed text a wording starts with, e.g. "准予落户（" for 准予落户（number）. */
const opening = (wording: (c: { number: string; stationName: string }) => string) =>
  wording({ number: "\u0001", stationName: "\u0001" }).split("\u0001")[0];

describe("lib/registry/reasons.ts", () => {
  it("words a decision's memberships as the register has always shown them", () => {
    const c = { number: "CZ2026000123", stationName: "北湖派出所" };
    expect(DECISION_REASONS.settlementJoin(c)).toBe("准予落户（CZ2026000123）");
    expect(DECISION_REASONS.settlementLeave(c)).toBe("迁出：准予落户北湖派出所辖区（CZ2026000123）");
    expect(DECISION_REASONS.noHukouJoin(c)).toBe("无户口人员登记户口（CZ2026000123）");
    expect(DECISION_REASONS.noHukouLeave(c)).toBe("迁出（CZ2026000123）");
    expect(DECISION_REASONS.newbornJoin(c)).toBe("出生登记（CZ2026000123）");
    expect(approvedReason("第三条")).toBe("准予办理（第三条）");
    expect(appendReason(null, "迁出：他处")).toBe("迁出：他处");
    expect(appendReason("立户", "死亡注销")).toBe("立户；死亡注销");
  });

  it("gives the same words as SQL, the arguments as expressions and the text quoted", () => {
    expect(reasonSql(DECISION_REASONS.settlementJoin, { number: 's."number"' })).toBe(`'准予落户（' || s."number" || '）'`);
    expect(reasonSql(DECISION_REASONS.settlementLeave, { number: "n", stationName: "st" })).toBe(
      `'迁出：准予落户' || st || '辖区（' || n || '）'`,
    );
    expect(sqlText("it's")).toBe(`'it''s'`);
  });

  it("is the only place a writer of the register spells a reason", () => {
    const banned = [
      ...Object.values(DECISION_REASONS).map(opening),
      opening(({ number }) => approvedReason(number)),
      ...Object.values(HISTORY_REASONS),
    ];
    const found: string[] = [];
    for (const file of WRITERS.flatMap(sources)) {
      if (file === path.join("lib", "registry", "reasons.ts")) continue;
      const code = fs
        .readFileSync(path.join(ROOT, file), "utf8")
        .split("\n")
        .filter((line) => !line.trim().startsWith("//") && !line.trim().startsWith("*"));
      for (const [i, line] of code.entries())
        for (const text of banned)
          if (new RegExp(`["'\`]${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(line)) found.push(`${file}:${i + 1} ${text}`);
    }
    expect(found).toEqual([]);
  });
});
