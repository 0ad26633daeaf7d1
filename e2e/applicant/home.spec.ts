import { createUser, DEMO_PASSWORD, expect, screenshotPath, signInWithForm, test } from "../fixtures";

test("an applicant signs in with the form and sees their home, with personal data masked", async ({ page }) => {
  await signInWithForm(page, "resident", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("您好");
  await expect(page.getByRole("heading", { name: "我的申请" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "我的身份信息" })).toBeVisible();
  // The citizen ID appears only masked: 4 digits, 10 stars, 4 characters.
  const idText = await page.locator("dd.font-mono").first().innerText();
  expect(idText).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
  await expect(page.locator("body")).not.toContainText(/\d{17}[\dX]/);
  await page.screenshot({ path: screenshotPath("applicant-home"), fullPage: true });
});

test("a wrong password is refused with a clear message, and repeated guessing locks the account", async ({ page, db }) => {
  const user = await createUser(db, { role: "APPLICANT" });
  await signInWithForm(page, user.username, "not-the-password");
  await expect(page.locator("#signin-error")).toHaveText("用户名或密码不正确。");
  await expect(page.locator("#signin-error")).toHaveAttribute("role", "alert");
  await expect(page).toHaveURL(/\/signin/);
  // The fourth wrong try warns that the next one locks; the fifth says it has (issue 15, item 10).
  const after = {
    2: "用户名或密码不正确。",
    3: "用户名或密码不正确。",
    4: "用户名或密码不正确。再输错 1 次，该账号将被锁定 15 分钟。",
    5: "用户名或密码不正确。该账号已被锁定 15 分钟；忘记密码请点“忘记密码？”。",
  } as const;
  for (const i of [2, 3, 4, 5] as const) {
    await page.getByLabel("密码").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "登录" }).click();
    // The same message may already be on the page: wait for this attempt to finish (the form clears the password).
    await expect(page.getByLabel("密码")).toHaveValue("");
    await expect(page.locator("#signin-error")).toHaveText(after[i]);
  }
  // The sixth attempt, even with the right password, is refused while the lock lasts.
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#signin-error")).toHaveText("该账号尝试登录失败次数过多，请 15 分钟后再试。");
  await expect(page).toHaveURL(/\/signin/);
});
