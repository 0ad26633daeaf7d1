// Issue #16 L5, L8, I1 and I4, one test per request the fuzzing found: each used to answer 500 (or to
// miss a header); each must now be a 4xx with one sentence, or carry the header.
import http from "node:http";
import { createUser, demoStations, expect, signInProgrammatically, signInWithForm, test } from "../fixtures";

const BASE = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100");
const ORIGIN = BASE.origin;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request sent byte for byte as written (Playwright's client would re-encode a bad path). */
function raw(options: { method?: string; path: string; body?: string | Buffer; headers?: Record<string, string> }): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: BASE.hostname, port: BASE.port, method: options.method ?? "GET", path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

function expectClean(res: Raw, label: string, allowed: number[] = [400, 403, 404]) {
  expect(allowed, `${label} → ${res.status}: ${res.body.slice(0, 200)}`).toContain(res.status);
}

async function cookieHeader(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const state = await request.storageState();
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** An action id the page renders for its form (progressive enhancement carries it in a hidden input). */
async function actionIdOf(request: import("@playwright/test").APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  const id = /name="\$ACTION_ID_([0-9a-f]{40,})"/.exec(html)?.[1] ?? /"id":"([0-9a-f]{40,})"/.exec(html.replace(/&quot;/g, '"'))?.[1];
  expect(id, `${path} carries an action id`).toBeTruthy();
  return id!;
}

test("L5: a malformed router-state header (with RSC: 1) is a 400", async () => {
  for (const value of ["%5B%22garbage", "[1,2]", "%E0%A4%A"]) {
    const res = await raw({ path: "/check", headers: { RSC: "1", "Next-Router-State-Tree": value } });
    expectClean(res, value);
  }
});

test("L5: malformed %-encoding in a dynamic segment is a 400, not a 500", async () => {
  for (const path of [
    "/verify/%FF",
    "/policies/%FF",
    "/documents/%FF",
    "/certificates/%FF",
    "/api/auth/callback/%FF",
    "/verify/%E4%B8",
    "/workbench/cases/%C0%AF",
  ]) {
    const res = await raw({ path });
    expectClean(res, path);
    expect(res.body.trim().split("\n").length, path).toBeLessThanOrEqual(1);
  }
});

test("L5: a verification code cut inside a surrogate pair is a 400", async () => {
  for (const path of ["/verify?code=%ED%A0%BD", "/verify?code=%F0%9F", "/verify?code=abc%ED%B2%A9"]) expectClean(await raw({ path }), path);
});

test("L5: an id of 36 dashes is a 404, not a database error", async ({ request, db }) => {
  const dashes = "-".repeat(36);
  const { clerkStationId } = await demoStations(db);
  await signInProgrammatically(request, await createUser(db, { role: "CLERK", stationId: clerkStationId }));
  const cookie = await cookieHeader(request);
  for (const path of [
    `/workbench/cases/${dashes}`,
    `/workbench/households/${dashes}`,
    `/documents/${dashes}`,
    `/certificates/${dashes}`,
    `/workbench?case=${dashes}`,
  ]) {
    expectClean(await raw({ path, headers: { cookie } }), path, [200, 400, 404]);
  }
  const applicant = await createUser(db, { role: "APPLICANT" });
  await signInProgrammatically(request, applicant);
  const mine = await cookieHeader(request);
  for (const path of [`/me/cases/${dashes}`, `/apply/${dashes}`, `/apply/${dashes}/check`, `/apply/new?permitId=${dashes}`]) {
    expectClean(await raw({ path, headers: { cookie: mine } }), path, [200, 307, 400, 404]);
  }
});

test("L5: a NUL in a query parameter is refused, not sent to PostgreSQL", async ({ request, db }) => {
  const { clerkStationId } = await demoStations(db);
  await signInProgrammatically(request, await createUser(db, { role: "CLERK", stationId: clerkStationId }));
  expectClean(
    await raw({ path: "/workbench?taken=%00", headers: { cookie: await cookieHeader(request) } }),
    "/workbench?taken=%00",
    [200, 400],
  );
  await signInProgrammatically(request, await createUser(db, { role: "ADMIN" }));
  const cookie = await cookieHeader(request);
  for (const path of ["/admin/users?q=%00", "/admin/audit?entityId=%00", "/admin/users?q=a%00b"])
    expectClean(await raw({ path, headers: { cookie } }), path, [200, 400]);
});

test("L5 + I1: action posts that are not forms, are malformed, come from another site or carry no Origin are refused", async ({
  request,
}) => {
  const id = await actionIdOf(request, "/register");
  const action = { "Next-Action": id };
  const cases: Array<[string, Record<string, string>, string, number]> = [
    [
      "JSON with a prefetch header",
      { ...action, Origin: ORIGIN, "Content-Type": "application/json", "Next-Router-Prefetch": "1" },
      '{"a":1}',
      400,
    ],
    ["JSON with Purpose: prefetch", { ...action, Origin: ORIGIN, "Content-Type": "application/json", Purpose: "prefetch" }, "[1,2]", 400],
    [
      "malformed multipart",
      { ...action, Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xy',
      400,
    ],
    ["multipart without a boundary", { ...action, Origin: ORIGIN, "Content-Type": "multipart/form-data" }, "garbage", 400],
    [
      "a non-form argument list",
      { ...action, Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["not a form", 5]\r\n--xyz--\r\n',
      400,
    ],
    ["url-encoded with an action id", { ...action, Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" }, "a=%FF&b", 400],
    [
      "the form where the state belongs",
      { ...action, Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n',
      400,
    ],
    // Found by the full fuzz run (1,000 per target): a reference to a form entry that is not there crashed the decoder.
    [
      "a Map reference to a missing entry",
      { ...action, Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1","$K1","$Q2"]\r\n--xyz--\r\n',
      400,
    ],
    [
      "a promise reference",
      { ...action, Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"a":"$@1"},"$K1"]\r\n--xyz--\r\n',
      400,
    ],
    [
      "a cross-site Origin",
      { ...action, Origin: "http://evil.example", "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n',
      403,
    ],
    [
      "a look-alike Origin",
      { ...action, Origin: `${ORIGIN}.evil.example`, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n',
      403,
    ],
    [
      "a forwarded host matching a cross-site Origin",
      { ...action, Origin: "http://evil.example", "X-Forwarded-Host": "evil.example", "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n',
      403,
    ],
    [
      "no Origin",
      { ...action, "Content-Type": "multipart/form-data; boundary=xyz" },
      '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xyz--\r\n',
      403,
    ],
  ];
  for (const [label, headers, body, status] of cases) {
    const res = await raw({ method: "POST", path: "/register", headers, body });
    expect(res.status, `${label}: ${res.body.slice(0, 200)}`).toBe(status);
    expect(res.body.trim().split("\n").length, label).toBe(1);
  }
  // A form posted without JavaScript from another site is refused too, and a malformed one is a 400.
  const noJs = await raw({
    method: "POST",
    path: "/register",
    headers: { Origin: "http://evil.example", "Content-Type": "multipart/form-data; boundary=xyz" },
    body: `--xyz\r\nContent-Disposition: form-data; name="$ACTION_ID_${id}"\r\n\r\n\r\n--xyz--\r\n`,
  });
  expect(noJs.status).toBe(403);
  // Malformed bodies are a 400 wherever they land: under a download's path (no page there, but Next.js still
  // reads it as an action), under the APIs (a multipart post with no boundary, found by the full fuzz run), at a page.
  const malformed: [string, Record<string, string>, string][] = [
    ["/documents/00000000-0000-4000-8000-000000000000/x", { Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=x" }, "junk"],
    ["/api/v1/eligibility/x", { "Content-Type": "multipart/form-data; boundary=x" }, "junk"],
    ["/register", { Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=xyz" }, "--xyz\r\nContent-Disp"],
  ];
  for (const [path, headers, body] of malformed) expect((await raw({ method: "POST", path, headers, body })).status, path).toBe(400);
});

test("L5: a sign-in link with a look-alike callback host is a 400, not a 500", async () => {
  const res = await raw({ path: "/api/auth/signin?callbackUrl=http://localhost:3000.evil.example" });
  expectClean(res, "signin with an off-site callbackUrl", [302, 303, 307, 400]);
  expect(res.headers.location ?? "").not.toContain("evil.example");
});

test("I4: the query string keeps its double slashes; only the path is folded", async () => {
  const res = await raw({ path: "//locale?to=en&back=//evil.example" });
  // back=//evil.example is refused by safeCallbackUrl (→ "/"); folded to /evil.example it would be let through.
  expect(res.status).toBe(303);
  expect(res.headers.location).toBe("/");
  const folded = await raw({ path: "//locale?to=en&back=/policies//x" });
  expect(folded.headers.location).toBe("/policies//x");
});

test("L8: pages requested with a prefetch header get a CSP", async () => {
  const variants: Array<Record<string, string>> = [{ "Next-Router-Prefetch": "1", RSC: "1" }, { Purpose: "prefetch" }];
  for (const headers of variants) {
    const res = await raw({ path: "/check", headers });
    expect(res.headers["content-security-policy"] ?? "", JSON.stringify(headers)).toContain("script-src");
  }
});

test("L8: the session cookie lasts the browser session; the 8-hour limit stays in the token", async ({ browser, playwright, db }) => {
  // The portal's own sign-in form (a server action) and next-auth's credentials endpoint both issue it.
  const user = await createUser(db, { role: "APPLICANT" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithForm(page, user.username, user.password);
  await expect(page).toHaveURL(/\/me$/, { timeout: 30_000 });
  const viaForm = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(viaForm?.expires, "the sign-in form's cookie").toBe(-1);
  await page.goto("/me");
  expect((await context.cookies()).find((c) => c.name.includes("session-token"))?.expires, "after a page load").toBe(-1);
  await context.close();

  const api = await playwright.request.newContext({ baseURL: ORIGIN });
  await signInProgrammatically(api, await createUser(db, { role: "APPLICANT" }));
  await api.get("/api/auth/session");
  const viaApi = (await api.storageState()).cookies.find((c) => c.name.includes("session-token"));
  expect(viaApi?.expires, "the credentials endpoint's cookie").toBe(-1);
  await api.dispose();
});
