// Issue 16, M4 and L4, over HTTP against the real server (scripts/serve.ts, no TRUSTED_PROXIES in the
// test run):
// - a client cannot choose the address the throttles and the audit trail key on, neither with
//   X-Forwarded-For nor with the portal's own header;
// - /account/password: wrong current passwords are audited and lock the account like failed sign-ins.
import { expect, screenshotPath, signInWithForm, test, createUser } from "../fixtures";

test.setTimeout(180_000);

test("a client's own X-Forwarded-For and address header are not believed without a configured proxy", async ({
  playwright,
  db,
  baseURL,
}) => {
  const user = await createUser(db, { role: "APPLICANT" });
  const request = await playwright.request.newContext({ baseURL });
  const spoof = { "x-forwarded-for": "198.51.100.77", "x-hukou-client-address": "198.51.100.78", "x-real-ip": "198.51.100.79" };
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    headers: spoof,
    form: { csrfToken, username: user.username, password: "wrong-password", json: "true" },
  });
  expect(response.status()).toBeLessThan(500);
  const row = await db.auditEvent.findFirstOrThrow({
    where: { action: "auth.sign-in-failed", data: { path: ["username"], equals: user.username } },
  });
  const address = (row.data as { address: string | null }).address;
  expect(address).toBe("127.0.0.1");
  await request.dispose();
});

test("wrong current passwords on /account/password are audited and lock the account", async ({ browser, db }) => {
  const user = await createUser(db, { role: "APPLICANT" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithForm(page, user.username, user.password);
  await expect(page).toHaveURL(/\/me$/);
  await page.goto("/account/password");
  const attempt = async () => {
    await page.getByLabel("当前密码").fill("not-my-password");
    await page.getByLabel("新密码", { exact: true }).fill("a-brand-new-secret-1");
    await page.getByLabel("再次输入新密码").fill("a-brand-new-secret-1");
    await page.getByRole("button", { name: "保存新密码" }).click();
    // The answer has come when React has reset the form. The error text and the audit row below can be
    // there before it (the first attempt's text stays on the page); filling the next attempt earlier
    // races the reset, which empties "当前密码", and an empty current password is not counted.
    await expect(page.getByLabel("当前密码")).toHaveValue("", { timeout: 30_000 });
  };
  for (let i = 1; i < 5; i++) {
    await attempt();
    await expect(page.locator("#current-error, [id$='current-error']").first()).toContainText("当前密码不正确", { timeout: 30_000 });
    await expect
      .poll(() => db.auditEvent.count({ where: { entityId: user.id, action: "auth.password-change-failed" } }), { timeout: 30_000 })
      .toBe(i);
  }
  await attempt();
  await expect(page.getByText("错误次数已达上限").first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: screenshotPath("password-change-locked-desktop"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("password-change-locked-phone"), fullPage: true });
  // The right current password no longer helps while the lock lasts, and sign-in is locked too.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel("当前密码").fill(user.password);
  await page.getByLabel("新密码", { exact: true }).fill("a-brand-new-secret-1");
  await page.getByLabel("再次输入新密码").fill("a-brand-new-secret-1");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page.getByText("密码输错次数过多").first()).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => db.auditEvent.count({ where: { entityId: user.id, action: "auth.password-change-locked" } }), { timeout: 30_000 })
    .toBe(1);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await signInWithForm(other, user.username, user.password);
  await expect(other.locator("#signin-error")).toContainText("失败次数过多");
  await fresh.close();
  await context.close();
});
