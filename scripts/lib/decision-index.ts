// The index of the decision records (docs/decisions/README.md), made from the records themselves: the
// number and title from the first line, the status and date from the `Status:` and `Date:` lines every
// record carries. `npm run decisions:index` writes it; tests/unit/decision-index.test.ts fails when a
// record lacks either line or the index is out of date, so a new record is never left out.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const DECISIONS_DIR = path.join(process.cwd(), "docs", "decisions");

export interface DecisionRecord {
  file: string;
  number: string;
  title: string;
  status: string | null;
  date: string | null;
}

export function readDecisionRecords(dir = DECISIONS_DIR): DecisionRecord[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}-.+\.md$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), "utf8");
      const heading = /^# (\d{4})\s*[—-]\s*(.+)$/m.exec(text);
      return {
        file,
        number: heading?.[1] ?? file.slice(0, 4),
        title: heading?.[2].trim() ?? file,
        status: /^Status: (.+)$/m.exec(text)?.[1].trim() ?? null,
        date: /^Date: (\d{4}-\d{2}-\d{2})$/m.exec(text)?.[1] ?? null,
      };
    });
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function decisionIndex(records: readonly DecisionRecord[]): string {
  const rows = records.map((r) => `| [${r.number}](${r.file}) | ${cell(r.title)} | ${cell(r.status ?? "—")} | ${r.date ?? "—"} |`);
  return [
    "# Decision records",
    "",
    "Choices a newcomer would otherwise question, one record each. A record is not edited to change its",
    "decision: a new record supersedes it, and the old one's `Status:` line says by which. Numbers are",
    "grouped by area (00xx platform, 01xx policy engine, 02xx casework and later), so they are not contiguous.",
    "",
    "This index is generated: run `npm run decisions:index` after adding a record.",
    "",
    "| No. | Decision | Status | Date |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
