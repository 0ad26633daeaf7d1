// The queue's search (issue 15, item 13): a clerk finds a case by its number (or the start of it), the
// applicant's name, or the whole ID number typed with a small x and spaces; part of an ID number finds
// nothing; a case of another station is never found; bad text gets a message, never an error page.
import { randomUUID } from "node:crypto";
import { createUser, demoStations, expect, screenshotPath, signInProgrammatically, test } from "../fixtures";
import { makeCitizenId } from "../../lib/registry/citizen-id";
import { createSettlementCase } from "./casework-helpers";

test("a clerk searches the queue by number, name and whole ID number, within the station", async ({ page, db }) => {
  test.setTimeout(120_000);
  const { clerkStationId, otherStationId } = await demoStations(db);
  const clerk = await createUser(db, { role: "CLERK", stationId: clerkStationId });
  // An applicant whose ID number ends in X, with a name no other test uses (names carry no digits).
  let citizenId = "";
  for (let seq = Math.floor(Math.random() * 900); !citizenId; seq++) {
    const id = makeCitizenId({ region: "431002", birthDate: "1987-05-14", sequence: seq, sex: "MALE" });
    if (id.endsWith("X") && !(await db.person.findUnique({ where: { citizenId: id } }))) citizenId = id;
  }
  const name = `欧阳${Array.from({ length: 2 }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 20000))).join("")}`;
  const person = await db.person.create({ data: { citizenId, name, sex: "MALE", birthDate: new Date("1987-05-14T00:00:00Z") } });
  const user = await db.user.create({
    data: { username: `e2e-qs-${randomUUID().slice(0, 8)}`, passwordHash: "x", displayName: name, role: "APPLICANT", personId: person.id },
  });
  const applicant = { id: user.id, username: user.username, password: "", personId: person.id, stationId: null };
  const ours = await createSettlementCase(db, { stationId: clerkStationId, applicant });
  const theirs = await createSettlementCase(db, { stationId: otherStationId, applicant });

  await signInProgrammatically(page.request, clerk);
  const search = async (q: string) => {
    await page.goto("/workbench");
    await page.getByRole("searchbox", { name: "搜索" }).fill(q);
    await page.getByRole("button", { name: "筛选" }).click();
  };
  const row = page.getByTestId(`case-${ours.number}`);

  await search(ours.number.slice(0, 10));
  await expect(row).toBeVisible();
  await expect(page).toHaveURL(/q=/);

  await search(name);
  await expect(row).toBeVisible();
  await expect(page.getByTestId(`case-${theirs.number}`)).toHaveCount(0);

  // The whole number as typed on a phone: groups apart, a small x. The list shows it masked.
  await search(`${citizenId.slice(0, 6)} ${citizenId.slice(6, 14)} ${citizenId.slice(14).toLowerCase()}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${citizenId.slice(0, 4)}**********${citizenId.slice(-4)}`);
  await expect(page.locator("table").getByText(citizenId)).toHaveCount(0);
  await expect(page.getByTestId(`case-${theirs.number}`)).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("clerk-queue-search"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId(`card-${ours.number}`)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: screenshotPath("clerk-queue-search-phone"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Part of an ID number finds nothing, and says the number must be whole.
  await search(citizenId.slice(0, 17));
  await expect(row).toHaveCount(0);
  await expect(page.getByText("身份号码须输入完整的 18 位")).toBeVisible();

  // A NUL is refused before any page runs (issue 16 L5): a 400 in one sentence.
  const nul = await page.goto("/workbench?q=SQ%00-2026");
  expect(nul?.status()).toBe(400);
  await expect(page.locator("body")).toContainText("NUL");
  // Other control characters: a message beside the field, not an error page.
  const control = await page.goto("/workbench?q=SQ%01-2026");
  expect(control?.status()).toBe(200);
  await expect(page.locator("#queue-q-error")).toContainText("搜索内容含有无法识别的字符");
  await expect(page.getByRole("searchbox", { name: "搜索" })).toHaveAttribute("aria-invalid", "true");
  const long = await page.goto(`/workbench?q=${encodeURIComponent("张".repeat(60))}`);
  expect(long?.status()).toBe(200);
  await expect(page.locator("#queue-q-error")).toContainText("搜索内容过长");
});
