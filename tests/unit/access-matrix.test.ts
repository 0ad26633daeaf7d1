// The matrix is complete: every page, route handler and server action the app defines has an entry
// in tests/security/access-matrix.ts (a new one without an entry fails here), no entry is stale, and
// each guarded action hands over to a domain function that checks the same permission again.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, expectedOutcome, MATRIX_ACTORS, PAGES, ROUTES, urlPatternOf } from "../security/access-matrix";
import { FORCED_CHANGE_ALLOWED_ACTIONS, forcedChangeOutcome, HOLDER_BOUND_ACTIONS } from "../security/access-matrix";

const ROOT = path.resolve(__dirname, "../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(path.join(ROOT, dir)).sort()) {
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
    const rel = `${dir}/${name}`;
    if (fs.statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else out.push(rel);
  }
  return out;
}

const appFiles = walk("app");
const sourceFiles = [...appFiles, ...walk("lib"), ...walk("components")].filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");

/** A module is a server-action module when its first statement is the "use server" directive. */
function isServerModule(source: string): boolean {
  const code = source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, "");
  return /^["']use server["']/.test(code);
}

function exportsOf(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Za-z0-9_$]+)/g)].map((m) => m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    names.push(
      ...m[1]
        .split(",")
        .map((s) =>
          s
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        )
        .filter(Boolean),
    );
  return names;
}

describe("the authorization matrix covers the app", () => {
  const pages = appFiles.filter((f) => f.endsWith("/page.tsx")).map(urlPatternOf);
  const routes = appFiles.filter((f) => f.endsWith("/route.ts")).map(urlPatternOf);
  const serverModules = sourceFiles.filter((f) => isServerModule(read(f)));
  const actions = serverModules.flatMap((f) => exportsOf(read(f)).map((name) => `${f}#${name}`));

  it("finds what it walks (the walk itself works)", () => {
    expect(pages).toContain("/workbench/cases/[id]");
    expect(routes).toContain("/documents/[id]");
    expect(actions).toContain("app/(clerk)/workbench/cases/[id]/actions.ts#approveAction");
    // Inline "use server" functions inside components would escape this walk: there are none.
    const inline = sourceFiles.filter((f) => !isServerModule(read(f)) && /["']use server["']/.test(read(f)));
    expect(inline).toEqual([]);
  });

  // Each kind of entry point against its table: what the walk found must have an entry, and every entry a thing found.
  const coverage = [
    {
      title: "every page has an entry, and every page entry a page",
      found: pages,
      table: PAGES,
      missing: "pages without an entry in tests/security/access-matrix.ts",
      stale: "stale page entries",
    },
    {
      title: "every route handler has an entry, and every route entry a handler",
      found: routes,
      table: ROUTES,
      missing: "routes without an entry",
      stale: "stale route entries",
    },
    {
      title: "every server action has an entry, and every action entry an action",
      found: actions,
      table: ACTIONS,
      missing: "server actions without an entry",
      stale: "stale action entries",
    },
  ];
  it.each(coverage)("$title", ({ found, table, missing, stale }) => {
    expect(
      found.filter((f) => !(table as Record<string, unknown>)[f]),
      missing,
    ).toEqual([]);
    expect(
      Object.keys(table).filter((k) => !found.includes(k)),
      stale,
    ).toEqual([]);
  });

  it.each(Object.entries(ACTIONS).filter(([, e]) => Array.isArray(e.needs)))(
    "%s calls its domain function, which checks the permission again",
    (key, entry) => {
      const [file, name] = key.split("#");
      const source = read(file);
      const body = source.slice(source.indexOf(`function ${name}(`));
      expect(body.slice(0, 4000), `${name} calls ${entry.domain}`).toContain(`${entry.domain}(`);
      const definers = sourceFiles.filter(
        (f) => f.startsWith("lib/") && new RegExp(`export async function ${entry.domain}\\(`).test(read(f)),
      );
      expect(definers, `one lib module defines ${entry.domain}`).toHaveLength(1);
      const lib = read(definers[0]);
      expect(
        (entry.needs as string[]).some((p) => lib.includes(`"${p}"`)),
        `${definers[0]} names one of ${String(entry.needs)}`,
      ).toBe(true);
    },
  );
});

describe("the generated expectations", () => {
  it("follow the permissions table (hand-worked rows)", () => {
    const row = (e: Parameters<typeof expectedOutcome>[0]) => MATRIX_ACTORS.map((a) => expectedOutcome(e, a));
    // anonymous, applicant A, B, clerk same, other, supervisor in, out, admin, unverified applicant linked to A's person
    // A case at A's station: its clerks and the supervisors above it, the case page and its actions alike.
    const stationCase = ["signin", "forbidden", "forbidden", "ok", "notFound", "ok", "notFound", "forbidden", "forbidden"];
    expect(row(PAGES["/workbench/cases/[id]"])).toEqual(stationCase);
    expect(row(PAGES["/me/cases/[id]"])).toEqual([
      "signin",
      "ok",
      "notFound",
      "forbidden",
      "forbidden",
      "forbidden",
      "forbidden",
      "forbidden",
      "notFound",
    ]);
    expect(row(PAGES["/admin"])).toEqual([
      "signin",
      "forbidden",
      "forbidden",
      "forbidden",
      "forbidden",
      "forbidden",
      "forbidden",
      "ok",
      "forbidden",
    ]);
    // Supervisors open no uploaded file (decision record 0262): a 404 like a missing one.
    expect(row(ROUTES["/documents/[id]"])).toEqual([
      "notFound",
      "ok",
      "notFound",
      "ok",
      "notFound",
      "notFound",
      "notFound",
      "notFound",
      "notFound",
    ]);
    expect(row(ACTIONS["app/(clerk)/workbench/cases/[id]/actions.ts#reassignAction"])).toEqual(stationCase);
    expect(row(PAGES["/signin"])).toEqual(["ok", "home", "home", "home", "home", "home", "home", "home", "home"]);
    // The counter reset: officers of every station (any applicant account), nobody else — not even the admin, who resets on the account page.
    expect(row(ACTIONS["app/(clerk)/workbench/password-reset/actions.ts#counterResetAction"])).toEqual([
      "signin",
      "forbidden",
      "forbidden",
      "ok",
      "ok",
      "forbidden",
      "forbidden",
      "forbidden",
      "forbidden",
    ]);
  });
});

// Issue 16 (decision records 0260–0262): the round-two rows, kept in their own block.
describe("round two: forced-change sessions and decisions by the holder", () => {
  it("a one-time-password session reaches only the public pages and the password page (hand-worked rows)", () => {
    expect(forcedChangeOutcome(PAGES["/workbench"], "page")).toBe("password");
    expect(forcedChangeOutcome(PAGES["/me/cases/[id]"], "page")).toBe("password");
    expect(forcedChangeOutcome(PAGES["/home"], "page")).toBe("password");
    expect(forcedChangeOutcome(PAGES["/signin"], "page")).toBe("password");
    expect(forcedChangeOutcome(PAGES["/account/password"], "page")).toBe("ok");
    expect(forcedChangeOutcome(PAGES["/check"], "page")).toBe("ok");
    expect(forcedChangeOutcome(ROUTES["/documents/[id]"], "route")).toBe("forbidden");
    expect(forcedChangeOutcome(ROUTES["/supervision/cases/export"], "route")).toBe("forbidden");
    expect(forcedChangeOutcome(ROUTES["/locale"], "route")).toBe("ok");
  });

  it("the actions such a session may call exist; every other action module asks getActor without opting in", () => {
    for (const key of FORCED_CHANGE_ALLOWED_ACTIONS) expect(ACTIONS[key], key).toBeDefined();
    const modules = new Set(
      Object.keys(ACTIONS)
        .filter((k) => !FORCED_CHANGE_ALLOWED_ACTIONS.includes(k))
        .map((k) => k.split("#")[0]),
    );
    for (const file of modules) expect(read(file), file).not.toMatch(/pending-allowed/);
  });

  it("every decision action is bound to the holder in its domain call, and nothing else calls requireHolder", () => {
    for (const [key, { domain, module }] of Object.entries(HOLDER_BOUND_ACTIONS)) {
      expect(ACTIONS[key]?.domain, key).toBe(domain);
      const lib = read(module);
      expect(lib, module).toMatch(new RegExp(`export async function ${domain}\\(`));
      expect(lib, `${module} checks the holder`).toMatch(/requireHolder\(\{/);
      expect(lib, `${module} audits a refusal`).toMatch(/auditingNotHolder\(\{/);
    }
    const callers = sourceFiles.filter(
      (f) => f.startsWith("lib/") && f !== "lib/applications/holder.ts" && /requireHolder\(/.test(read(f)),
    );
    expect(callers.sort()).toEqual(
      Object.values(HOLDER_BOUND_ACTIONS)
        .map((a) => a.module)
        .sort(),
    );
  });
});
