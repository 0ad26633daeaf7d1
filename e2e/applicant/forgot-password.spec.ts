// Issue 15, items 5 and 10, end to end: a resident whose ID number ends in X (typed with a small x, as a
// phone keyboard does) forgets the password; sign-in warns before the try that would lock; 忘记密码 on
// /signin explains the counter (no SMS or e-mail channel exists, and none is pretended); at the counter
// an officer checks the ID card and issues a one-time password; the resident signs in with it, must
// choose a new password first, and then reaches /me. The new pages fit a 390 px phone.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { createUser, demoStations, expect as baseExpect, screenshotPath, signInProgrammatically, signInWithForm, test } from "../fixtures";
import { hashPassword } from "../../lib/auth/password";
import { checkCharacter } from "../../lib/registry/citizen-id";
import type { Db } from "../../lib/db";

// A shared 2-core machine: allow for slow responses.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 180_000 });

/** A self-registered resident (username = the ID number) whose number ends in X. */
async function residentWithX(db: Db) {
  for (;;) {
    const rnd = (n: number) => Math.floor(Math.random() * n);
    const first17 = `431002${1970 + rnd(30)}0${1 + rnd(9)}1${rnd(9)}${String(rnd(1000)).padStart(3, "0")}`;
    if (checkCharacter(first17) !== "X") continue;
    const citizenId = `${first17}X`;
    if (await db.person.findUnique({ where: { citizenId } })) continue;
    const name = "林晓雪";
    const person = await db.person.create({
      data: {
        citizenId,
        name,
        sex: Number(first17[16]) % 2 ? "MALE" : "FEMALE",
        birthDate: new Date(`${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}T00:00:00Z`),
        phone: "13900002222",
      },
    });
    const password = `forgotten-${randomUUID().slice(0, 8)}`;
    await db.user.create({
      data: { username: citizenId, passwordHash: await hashPassword(password), displayName: name, role: "APPLICANT", personId: person.id },
    });
    return { citizenId, typed: citizenId.toLowerCase(), name, password };
  }
}

async function atPhoneWidth(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} overflows at 390 px`).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath(`${name}-390`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function wrongTry(page: Page, password: string) {
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  // The form clears the password when the answer is back.
  await expect(page.getByLabel("密码")).toHaveValue("");
}

test("a resident who forgot the password is reset at the counter and signs in again", async ({ page, browser, db }) => {
  const resident = await residentWithX(db);

  // Guessing with the number typed with a small x: the same account, and a warning before the last try.
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(resident.typed);
  for (let i = 1; i <= 3; i++) {
    await wrongTry(page, `guess-${i}`);
    await expect(page.locator("#signin-error")).toHaveText("用户名或密码不正确。");
  }
  await wrongTry(page, "guess-4");
  await expect(page.locator("#signin-error")).toHaveText("用户名或密码不正确。再输错 1 次，该账号将被锁定 15 分钟。");
  await atPhoneWidth(page, "signin-last-try");
  const failures = await db.auditEvent.count({
    where: { action: "auth.sign-in-failed", data: { path: ["username"], equals: resident.citizenId } },
  });
  expect(failures, "the small-x tries count against the number itself").toBe(4);

  // 忘记密码 explains the counter — the same words for anyone, nothing asked.
  await page.getByRole("link", { name: "忘记密码？" }).click();
  await expect(page).toHaveURL(/\/signin\/forgot$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("忘记密码");
  const counter = page.getByTestId("counter-reset");
  await expect(counter).toContainText("本平台目前没有开通短信或电子邮件找回密码");
  await expect(counter).toContainText("携带本人居民身份证原件");
  await expect(counter).toContainText("户籍窗口");
  await expect(counter).toContainText("一次性密码");
  await expect(page.locator("input")).toHaveCount(0);
  await atPhoneWidth(page, "forgot-password");

  // At the counter: an officer of any station checks the card and issues a one-time password.
  const { clerkStationId } = await demoStations(db);
  const officer = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await signInProgrammatically(clerk.request, officer);
  await clerk.goto("/workbench");
  await clerk.getByRole("link", { name: "重置申请人密码（窗口办理）" }).click();
  await expect(clerk).toHaveURL(/\/workbench\/password-reset$/);
  await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("重置申请人密码");
  // Nothing filled in: every problem at once, in Chinese.
  await clerk.getByRole("button", { name: "生成一次性密码" }).click();
  await expect(clerk.getByTestId("error-summary").getByRole("link")).toHaveText([
    "请输入用户名或公民身份号码",
    "请输入身份证上的姓名",
    "请先当面核验居民身份证原件，并勾选确认",
  ]);
  // A staff account is refused: officers reset applicants only.
  await clerk.getByLabel("用户名或公民身份号码").fill("clerk");
  await clerk.getByLabel("姓名（与身份证一致）").fill("张警官");
  await clerk.getByLabel("已当面核验居民身份证原件，证件与本人相符").check();
  await clerk.getByRole("button", { name: "生成一次性密码" }).click();
  await expect(clerk.getByTestId("error-summary")).toContainText("这是工作人员账号：户籍民警只能重置申请人账号，请联系系统管理员");
  await clerk.getByLabel("用户名或公民身份号码").fill(resident.typed);
  await clerk.getByLabel("姓名（与身份证一致）").fill(resident.name);
  await clerk.getByLabel("已当面核验居民身份证原件，证件与本人相符").check();
  await clerk.getByRole("button", { name: "生成一次性密码" }).click();
  await expect(clerk.getByTestId("counter-reset-done")).toContainText(`已为 ${resident.name} 重置密码`);
  const oneTime = (await clerk.getByTestId("one-time-password").textContent())!.trim();
  expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}$/);
  await atPhoneWidth(clerk, "counter-reset");
  await clerkContext.close();
  const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.counter-password-reset", actorId: officer.id } });
  expect(audit.data).toMatchObject({ role: "CLERK", stationId: clerkStationId, identityChecked: true });

  // The old password is gone; the one-time password works (small x again) and must be changed first.
  await signInWithForm(page, resident.typed, resident.password);
  await expect(page.locator("#signin-error")).toBeVisible();
  await signInWithForm(page, resident.typed, oneTime);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("当前密码（工作人员给您的一次性密码）").fill(oneTime);
  await page.getByLabel("新密码", { exact: true }).fill("my-own-choice-2026");
  await page.getByLabel("再次输入新密码").fill("my-own-choice-2026");
  await page.getByRole("button", { name: "保存新密码" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("您好");
});
