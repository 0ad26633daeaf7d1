// Issue #9 items 2, 3 and 5: sign-out ends the session on the server (a copied token stops working),
// sign-in posts (no password in any URL) and works without JavaScript, and no redirect leaves the site.
import { createUser, expect, signInWithForm, test } from "../fixtures";

test("a session token copied before sign-out no longer works after it", async ({ browser, db }) => {
  const user = await createUser(db, { role: "APPLICANT" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithForm(page, user.username, user.password);
  await expect(page).toHaveURL(/\/me$/);
  const copied = (await context.cookies()).filter((c) => c.name.includes("session-token"));
  expect(copied.length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/$/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/signin\?callbackUrl=%2Fme/);
  const session = await (await thief.request.get("/api/auth/session")).json();
  expect(session?.uid ?? null).toBeNull();
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  await context.close();
  await thief.close();
});

test("without JavaScript the sign-in form posts, keeps the password out of the URL, and signs in", async ({ browser, db }) => {
  const user = await createUser(db, {
    role: "CLERK",
    stationId: (await db.user.findUniqueOrThrow({ where: { username: "clerk" } })).stationId!,
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  const methods: string[] = [];
  page.on("request", (r) => {
    urls.push(r.url());
    if (r.isNavigationRequest() && r.url().includes("/signin")) methods.push(r.method());
  });
  await page.goto("/signin?callbackUrl=%2Fworkbench");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert")).toHaveText("用户名或密码不正确。");
  await expect(page.getByLabel("用户名")).toHaveValue(user.username);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/workbench$/);
  expect(methods).toContain("POST");
  expect(urls.some((u) => u.includes("password"))).toBe(false);
  await context.close();
});

test("a signed-in user sent to a page their role may not open lands on their own home", async ({ page, db }) => {
  const user = await createUser(db, { role: "APPLICANT" });
  await page.goto("/signin?callbackUrl=%2Fadmin");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/me$/);
});

test("no redirect leaves the site, whatever control characters or non-ASCII the path holds", async ({ request }) => {
  for (const back of [
    "/%09/evil.example",
    "/%0a/x",
    "/%0d//evil.example",
    "//evil.example",
    "/%E7%94%B3%E8%AF%B7",
    "https://evil.example",
  ]) {
    const res = await request.get(`/locale?to=en&back=${back}`, { maxRedirects: 0 });
    expect(res.status(), back).toBe(303);
    const location = res.headers()["location"];
    expect(location.startsWith("/") && !location.startsWith("//"), `${back} → ${location}`).toBe(true);
    expect(/[\t\n\r]/.test(location)).toBe(false);
  }
});
