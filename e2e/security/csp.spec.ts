// The Content Security Policy (docs/decisions/0025): every page has one with a fresh nonce, Next's scripts
// carry it, the pages still work with JavaScript, and no page a role uses reports a violation.
import { createUser, demoStations, expect, signInProgrammatically, test } from "../fixtures";

test("pages send a nonce-based policy, fresh for every response, and their scripts carry it", async ({ page, request }) => {
  const first = await request.get("/check");
  const second = await request.get("/check");
  const policy = first.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'self'");
  const nonceOf = (p: string) => /'nonce-([^']+)'/.exec(p)?.[1];
  expect(nonceOf(policy)).not.toBe(nonceOf(second.headers()["content-security-policy"] ?? ""));
  expect(first.headers()["x-frame-options"]).toBe("DENY");

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/check");
  const nonce = nonceOf(response?.headers()["content-security-policy"] ?? "");
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  // Hydrated: the locale switch and the self-check's live answer are client behaviour.
  await page.waitForFunction(() => document.querySelectorAll("script").length > 0 && "__next_f" in window);
  expect(violations).toEqual([]);
});

test("no CSP violation on the pages residents, clerks and supervisors use", async ({ page, db }) => {
  // Ten page loads and three sign-ins: 27 s alone on two busy cores, more beside the fuzz test.
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const path of ["/", "/check", "/policies", "/signin", "/register", "/verify"]) await page.goto(path);
  await signInProgrammatically(page.request, await createUser(db, { role: "APPLICANT" }));
  for (const path of ["/me", "/apply", "/me/inbox"]) await page.goto(path);
  const { clerkStationId } = await demoStations(db);
  await signInProgrammatically(page.request, await createUser(db, { role: "CLERK", stationId: clerkStationId }));
  await page.goto("/workbench");
  await signInProgrammatically(page.request, await createUser(db, { role: "SUPERVISOR", jurisdictionCode: "chenzhou" }));
  await page.goto("/supervision");
  expect(violations).toEqual([]);
});

test("uploaded files may be framed by the portal itself, pages may not", async ({ request }) => {
  const file = await request.get("/documents/00000000-0000-4000-8000-000000000000");
  expect(file.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  const home = await request.get("/");
  expect(home.headers()["x-frame-options"]).toBe("DENY");
});
