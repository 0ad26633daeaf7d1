// The decision records a pathway cites, read from docs/decisions/ so that the library shows exactly what
// the repository holds: a clerk opening "how we read this" sees the record, not a file name. Server only.
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface DecisionRecord {
  name: string;
  title: string;
  /** Blocks of the record: paragraphs, list items, tables kept as plain text. */
  blocks: { kind: "p" | "ul" | "pre"; lines: string[] }[];
}

const cache = new Map<string, DecisionRecord | null>();
const SAFE_NAME = /^\d{4}-[a-z0-9-]+\.md$/;

// Internal references (source files, test names) mean nothing to a resident or a clerk: dropped.
function plain(line: string): string {
  return line
    .replace(/\*\*/g, "")
    .replace(/`[^`]*\.(ts|tsx|md|json)`/g, "")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\(\s*\)|（\s*）/g, "")
    .trim();
}

function parse(name: string, text: string): DecisionRecord {
  const lines = text.split(/\r?\n/);
  const heading = lines.find((l) => l.startsWith("# ")) ?? name;
  const title = heading.replace(/^#\s*/, "").replace(/^\d{4}\s*—\s*/, "");
  const blocks: DecisionRecord["blocks"] = [];
  let current: DecisionRecord["blocks"][number] | null = null;
  let skipping = false;
  for (const raw of lines) {
    if (raw.startsWith("# ")) continue;
    if (raw.trim() === "") {
      current = null;
      skipping = false;
      continue;
    }
    // The list of test cases is for developers; the records keep it, the library does not show it.
    if (/^\*\*Tests?\.\*\*/.test(raw.trim())) skipping = true;
    if (skipping) continue;
    const bullet = /^\s*(-|\d+\.)\s/.test(raw);
    const kind = raw.trim().startsWith("|") ? "pre" : bullet ? "ul" : "p";
    const line = kind === "pre" ? raw : plain(raw.replace(/^\s*-\s/, ""));
    if (current && current.kind === "ul" && !bullet && kind !== "pre") {
      current.lines[current.lines.length - 1] += ` ${line}`;
    } else if (current && current.kind === kind) {
      if (kind === "p") current.lines[current.lines.length - 1] += ` ${line}`;
      else current.lines.push(line);
    } else {
      current = { kind, lines: [line] };
      blocks.push(current);
    }
  }
  return { name, title, blocks: blocks.filter((b) => b.lines.some((l) => l.trim() !== "")) };
}

export async function loadDecisionRecords(names: readonly string[]): Promise<Map<string, DecisionRecord>> {
  const out = new Map<string, DecisionRecord>();
  for (const name of new Set(names)) {
    if (!cache.has(name)) {
      let record: DecisionRecord | null = null;
      if (SAFE_NAME.test(name)) {
        try {
          record = parse(name, await readFile(path.join(process.cwd(), "docs", "decisions", name), "utf8"));
        } catch {
          record = null;
        }
      }
      cache.set(name, record);
    }
    const record = cache.get(name);
    if (record) out.set(name, record);
  }
  return out;
}
