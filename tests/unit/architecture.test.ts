// The layers hold: app/ (pages, routes, server actions) → components/ → lib/ (the domain), never back.
// Parsed from the sources themselves (TypeScript's own pre-processor, the "@/" alias and relative paths
// resolved like tsconfig's bundler resolution), so a wrong-way import or a new cycle fails here the day
// it is written. Type-only imports count too: a cycle of types is still a cycle a reader has to untangle.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const LAYERS = ["app", "components", "lib"] as const;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(path.join(ROOT, dir)).sort()) {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
    const rel = `${dir}/${name}`;
    if (fs.statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

const files = LAYERS.flatMap((dir) => walk(dir));
const known = new Set(files);
const source = new Map(files.map((f) => [f, fs.readFileSync(path.join(ROOT, f), "utf8")]));

/** The file an import names, or null for a package (or a generated file, which imports nothing of ours). */
function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** Every file a file imports or re-exports from, static or dynamic (`import("…")`). */
const imports = new Map(
  files.map((f) => {
    const { importedFiles } = ts.preProcessFile(source.get(f)!, true, true);
    const targets = importedFiles.map((i) => resolveImport(f, i.fileName)).filter((t): t is string => t !== null);
    return [f, [...new Set(targets)]];
  }),
);

/** Strongly connected components of more than one file (Tarjan), each a cycle to break. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const edges = (when: (from: string, to: string) => boolean) =>
  [...imports].flatMap(([from, targets]) => targets.filter((to) => when(from, to)).map((to) => `${from} → ${to}`)).sort();

/**
 * Prisma used in a file: the client built, a model or raw-SQL call, a runtime import of the client. A page or
 * route may still obtain the shared client (`getDb()`) to hand it to a lib read model or command, which is
 * where every query lives (docs/decisions/0281).
 */
const PRISMA_CALL = [
  /\bcreatePrismaClient\b/,
  /\b(?:db|tx|prisma)\s*\.\s*(?:\$(?:queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)\b|[a-z]\w*\s*\.\s*(?:find\w*|create\w*|update\w*|upsert|delete\w*|count|aggregate|groupBy)\s*\()/,
  /^\s*import\s+(?!type\b)[^;]*?\bfrom\s+["'](?:@prisma\/client|@\/lib\/generated\/prisma\/client)["']/m,
];
const callsPrisma = (f: string) => PRISMA_CALL.some((re) => re.test(source.get(f)!));

describe("the layers hold", () => {
  it("finds what it walks (the parser and the alias resolution work)", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(imports.get("lib/applications/application-form.ts")).toContain("lib/self-check/form-model.ts");
    expect(imports.get("lib/storage/s3.ts")).toContain("lib/storage/blob.ts");
    expect(imports.get("app/(clerk)/workbench/cases/[id]/page.tsx")).toContain("components/workbench/decision-panel.tsx");
    expect(callsPrisma("lib/jurisdictions/placement.ts")).toBe(true);
  });

  it("(a) no import cycle between files", () => {
    expect(cycles(imports)).toEqual([]);
  });

  it("(b) lib/ imports nothing from components/ or app/", () => {
    expect(edges((from, to) => from.startsWith("lib/") && !to.startsWith("lib/"))).toEqual([]);
  });

  it("(c) components/ import nothing from app/ ", () => {
    const found = edges((from, to) => from.startsWith("components/") && to.startsWith("app/"));
    expect(found).toEqual([]);
  });

  it("(d) no Prisma call in app/ or components/ ", () => {
    const found = files.filter((f) => !f.startsWith("lib/") && callsPrisma(f));
    expect(found).toEqual([]);
  });

  it("the domain modules broken apart in issue 17 stay apart: registry and stats never import applications", () => {
    expect(edges((from, to) => /^lib\/(registry|stats)\//.test(from) && to.startsWith("lib/applications/"))).toEqual([]);
  });
});
