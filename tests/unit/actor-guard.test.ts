// M1 (issue 16): a session that must change its password first acts on nothing. The refusal lives in
// one place — getActor / getRouteActor in lib/auth/session.ts — so this test proves that every server
// action module and every route handler under app/ reads the session through it, and no other way.
// Since issue 17 most actions reach getActor through the one action pipeline (lib/actions/pipeline.ts,
// whose session step is proved here to be getActor), directly or through a steps module beside them.
// docs/decisions/0260, 0278.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(path.join(ROOT, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (fs.statSync(path.join(ROOT, rel)).isDirectory()) walk(rel, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const isServerModule = (source: string) => /^["']use server["']/.test(source.replace(/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, ""));

const appFiles = walk("app");

const PIPELINE = "lib/actions/pipeline.ts";
/** The project modules a source imports ("@/…" and relative), as repository paths. */
function importsOf(file: string): string[] {
  const specs = [...read(file).matchAll(/from ["']((?:@\/|\.)[^"']+)["']/g)].map((m) => m[1]);
  return specs.map((spec) => {
    const base = spec.startsWith("@/") ? spec.slice(2) : path.posix.join(path.posix.dirname(file), spec);
    return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => fs.existsSync(path.join(ROOT, f))) ?? base;
  });
}
/** A call of the pipeline's session step. */
const SESSION_STEP_CALL = /\b(signedIn|signedOut|redirectAction)\(/;
/** The session step of the pipeline (signedIn, or signedOut for a visitor) or of a steps module that takes it from the pipeline. */
function guardedBy(file: string): boolean {
  const direct = importsOf(file);
  if (direct.includes(PIPELINE)) return SESSION_STEP_CALL.test(read(file)) || direct.some((f) => f !== PIPELINE && guardedStep(f));
  return direct.some((f) => guardedStep(f));
}
/** A non-action module beside the actions whose exported steps begin with the pipeline's session step. */
function guardedStep(file: string): boolean {
  if (!file.startsWith("app/") || isServerModule(read(file))) return false;
  return importsOf(file).includes(PIPELINE) && SESSION_STEP_CALL.test(read(file));
}
const actionModules = appFiles.filter((f) => isServerModule(read(f)));
const routeHandlers = appFiles.filter((f) => f.endsWith("/route.ts"));

/** Ways to learn who is signed in other than the guard. */
const OTHER_SESSION_READS = [
  /from ["']next-auth(\/[a-z]+)?["']/,
  /getServerSession\s*\(/,
  /getToken\s*\(/,
  /\bdecode\s*\(/,
  /readClaims\s*\(/,
  /sessionCookieName\s*\(/,
  /from ["']@\/lib\/auth\/session-token["']/,
];

/** Route handlers that never look at a session: the next-auth endpoints, the public API, two switches. */
const SESSIONLESS_ROUTES = [
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/v1/eligibility/route.ts",
  "app/elder/route.ts",
  "app/locale/route.ts",
];
/** Action modules that act without a session: sign-in (registration asks getActor through the pipeline's signedOut). */
const SESSIONLESS_ACTIONS = ["app/(public)/signin/actions.ts"];
/** The only places a session that must change its password may still act or be shown. */
const OPT_INS = [
  "app/account/password/actions.ts",
  "app/account/password/page.tsx",
  "app/actions/sign-out.ts",
  "components/site-header.tsx",
  "app/(public)/page.tsx",
];

describe("every action and route reads the session through the one guard", () => {
  it("finds what it scans", () => {
    expect(actionModules).toContain("app/(clerk)/workbench/cases/[id]/actions.ts");
    expect(actionModules).toContain("app/actions/sign-out.ts");
    expect(routeHandlers).toContain("app/documents/[id]/route.ts");
    expect(routeHandlers).toContain("app/(supervisor)/supervision/cases/export/route.ts");
  });

  it("the pipeline's session step is getActor, without opting in", () => {
    const pipeline = read(PIPELINE);
    expect(pipeline).toMatch(/from "@\/lib\/auth\/session"/);
    expect(pipeline.slice(pipeline.indexOf("export async function signedIn("))).toMatch(/^[^}]*await getActor\(options\)/);
    expect(pipeline.slice(pipeline.indexOf("export async function redirectAction<"))).toMatch(/^[^}]*await signedIn\(/);
    // The visitor's session step (registration): the same getActor, a signed-in visitor sent on.
    expect(pipeline.slice(pipeline.indexOf("export async function signedOut("))).toMatch(/^[^}]*await getActor\(\)/);
    for (const pattern of OTHER_SESSION_READS) expect(pipeline).not.toMatch(pattern);
  });

  it.each(actionModules)("%s asks getActor (itself or through the action pipeline, which does)", (file) => {
    const source = read(file);
    if (SESSIONLESS_ACTIONS.includes(file)) {
      expect(source).not.toMatch(/getActor\s*\(/);
      expect(guardedBy(file)).toBe(false);
      return;
    }
    expect(/getActor\s*\(/.test(source) || guardedBy(file), `${file} reads the actor through getActor`).toBe(true);
    expect(source, `${file} must not use the route handlers' guard`).not.toMatch(/getRouteActor\s*\(/);
  });

  it.each(routeHandlers)("%s asks getRouteActor and returns its refusal", (file) => {
    const source = read(file);
    if (SESSIONLESS_ROUTES.includes(file)) {
      expect(source, `${file} is listed as sessionless`).not.toMatch(/getActor|getRouteActor/);
      return;
    }
    expect(source).toMatch(/getRouteActor\s*\(\)/);
    expect(source, "the 403 of a session that must change its password is returned").toMatch(
      /if \(actor instanceof Response\) return actor;/,
    );
    // getActor would send the download to /account/password with a redirect instead of a plain 403.
    expect(source).not.toMatch(/\bgetActor\s*\(/);
  });

  it.each(
    [...actionModules, ...routeHandlers].filter((f) => f !== "app/api/auth/[...nextauth]/route.ts" && f !== "app/actions/sign-out.ts"),
  )("%s has no other way to the session", (file) => {
    const source = read(file);
    for (const pattern of OTHER_SESSION_READS) expect(source, `${file} matches ${pattern}`).not.toMatch(pattern);
  });

  it("sign-out touches the session cookie only to delete it", () => {
    const source = read("app/actions/sign-out.ts");
    expect(source).toMatch(/getActor\(\{ passwordChange: "pending-allowed" \}\)/);
    expect(source).not.toMatch(/getServerSession|decode\s*\(|readClaims/);
  });

  it("only the password change, sign-out and what shows who is signed in opt in", () => {
    const sources = [...walk("app"), ...walk("components"), ...walk("lib")];
    const optIns = sources.filter((f) => f !== "lib/auth/session.ts" && /pending-allowed/.test(read(f)));
    expect(optIns.sort()).toEqual([...OPT_INS].sort());
  });
});
