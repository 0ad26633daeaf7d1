// Both HTTP doors to the engine — the portal server's handler and the Next route — answer exactly
// what the engine (and so the CLI) answers, with the contract's status codes, never a 500 for bad input.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/eligibility/route";
import { handleEligibility, isEligibilityRequest } from "@/lib/api/eligibility-http";
import { answerEligibilityText } from "@/lib/policy";

const FIXTURES = path.resolve(__dirname, "../fixtures/eligibility");

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (isEligibilityRequest(req)) handleEligibility(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Post = (body: string) => Promise<Response>;

const viaPortalServer: Post = (body) =>
  fetch(`${base}/api/v1/eligibility`, { method: "POST", body, headers: { "Content-Type": "application/json" } });
const viaNextRoute: Post = (body) =>
  POST(new Request("http://localhost/api/v1/eligibility", { method: "POST", body, headers: { "Content-Type": "application/json" } }));

describe.each([
  ["portal server", viaPortalServer],
  ["Next route", viaNextRoute],
])("POST /api/v1/eligibility through the %s", (_name, post) => {
  it.each(readdirSync(FIXTURES))("%s: same status and JSON as the engine the CLI prints", async (file) => {
    const text = readFileSync(path.join(FIXTURES, file), "utf8");
    const response = await post(text);
    // Every fixture states asOf or is invalid, so "today" cannot change the answer.
    const expected = answerEligibilityText({ text, today: "2000-01-01" });
    expect(response.status).toBe(expected.status);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual(expected.json);
  });

  it("lists every problem of a bad request at once", async () => {
    const response = await post(
      JSON.stringify({
        jurisdiction: "beijing",
        area: "downtown",
        kind: "visa",
        asOf: "2026-02-30",
        applicant: { birthDate: "x", residence: { months: -1 } },
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION");
    const paths = body.error.issues.map((i: { path: string }) => i.path);
    for (const p of ["jurisdiction", "area", "kind", "asOf", "applicant.birthDate", "applicant.residence.months"])
      expect(paths).toContain(p);
  });

  it.each([
    ["not JSON", "{oops"],
    ["an array", "[]"],
    ["a string", '"hello"'],
    ["null", "null"],
    ["empty", ""],
  ])("answers 400, not 500, to %s", async (_label, text) => {
    const response = await post(text);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|Error:/);
  });

  it("refuses an oversized body with 413", async () => {
    const response = await post(JSON.stringify({ pad: "x".repeat(70 * 1024) }));
    expect(response.status).toBe(413);
  });
});

describe("the portal server's handler", () => {
  it("answers only POST, with 405 and Allow otherwise", async () => {
    const response = await fetch(`${base}/api/v1/eligibility`);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("carries the portal's security headers and no caching", async () => {
    const response = await viaPortalServer("{}");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("owns exactly its path", () => {
    const req = (url: string) => ({ url }) as http.IncomingMessage;
    expect(isEligibilityRequest(req("/api/v1/eligibility"))).toBe(true);
    expect(isEligibilityRequest(req("/api/v1/eligibility?x=1"))).toBe(true);
    expect(isEligibilityRequest(req("/api/v1/eligibility-other"))).toBe(false);
    expect(isEligibilityRequest(req("/api/v2/eligibility"))).toBe(false);
  });
});
