// Issue #9 items 6 and 8: body limits on every spelling of the path, and clean 4xx answers where the
// portal used to answer 500.
import http from "node:http";
import { expect, test } from "../fixtures";

function raw(options: {
  method: string;
  path: string;
  body?: Buffer;
  headers?: Record<string, string>;
}): Promise<{ status: number; ms: number }> {
  const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started }));
      },
    );
    req.on("error", (error) =>
      (error as NodeJS.ErrnoException).code === "EPIPE" || (error as NodeJS.ErrnoException).code === "ECONNRESET"
        ? resolve({ status: 413, ms: Date.now() - started })
        : reject(error),
    );
    if (options.body) req.end(options.body);
    else req.end();
  });
}

test("the eligibility body limit holds however the path is spelt", async () => {
  const big = Buffer.alloc(8 * 1024 * 1024, 0x20);
  for (const path of ["/api/v1/eligibility", "/api/v1/./eligibility", "//api/v1/eligibility", "/api/v1/x/../eligibility"]) {
    const res = await raw({ method: "POST", path, body: big, headers: { "Content-Type": "application/json" } });
    expect(res.status, path).toBe(413);
  }
  // A streamed body with no declared length is cut off too.
  const chunked = await raw({
    method: "POST",
    path: "/api/v1/./eligibility",
    body: big,
    headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
  });
  expect(chunked.status).toBe(413);
});

test("TRACE and a GET of the credentials callback get a 405, not a 500", async ({ request }) => {
  expect((await raw({ method: "TRACE", path: "/" })).status).toBe(405);
  const res = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(res.status()).toBe(405);
});

test("favicon.ico and robots.txt are served", async ({ request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /me");
});

test("a server action called with something other than a form gets a 400, not a 500", async ({ request }) => {
  // The registration form's action id, as the page renders it for progressive enhancement.
  const html = await (await request.get("/register")).text();
  const actionId = /"id":"([0-9a-f]{40,})"/.exec(html.replace(/&quot;/g, '"'))?.[1] ?? /name="\$ACTION_ID_([0-9a-f]{40,})"/.exec(html)?.[1];
  expect(actionId, "the page carries its action id").toBeTruthy();
  const base = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
  for (const [type, body] of [
    ["text/plain;charset=UTF-8", '["$K1", "not a form"]'],
    ["text/plain;charset=UTF-8", "[]"],
    ["application/json", "{}"],
    ["", "x"],
  ]) {
    const res = await raw({
      method: "POST",
      path: "/register",
      body: Buffer.from(body),
      headers: { "Next-Action": actionId!, Origin: base.origin, ...(type ? { "Content-Type": type } : {}) },
    });
    expect(res.status, type || "no content type").toBe(400);
  }
});
