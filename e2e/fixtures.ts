// Test fixtures: a database handle, users made for the test alone, programmatic sign-in.
import { randomUUID } from "node:crypto";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import type { Db } from "../lib/db";
import { openTestDb } from "../tests/factories/db";
import { hashPassword } from "../lib/auth/password";
import { pathPrefixes } from "../lib/jurisdictions/tree";
import { makePerson } from "../tests/factories/people";

export const DEMO_PASSWORD = "Hukou@2026";
const TEST_PASSWORD = "e2e-Password-1";

export interface TestUser {
  id: string;
  username: string;
  password: string;
  personId: string | null;
  stationId: string | null;
}

export async function createUser(
  db: Db,
  options: { role: "APPLICANT" | "CLERK" | "SUPERVISOR" | "ADMIN"; stationId?: string; jurisdictionCode?: string },
): Promise<TestUser> {
  const username = `e2e-${options.role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  const person =
    options.role === "APPLICANT"
      ? await makePerson(db, { name: "测试申请人", sex: "FEMALE", phone: "13900001111", region: "431002" })
      : null;
  const station = options.stationId ? await db.jurisdiction.findUniqueOrThrow({ where: { id: options.stationId } }) : null;
  const jurisdiction = options.jurisdictionCode
    ? await db.jurisdiction.findUniqueOrThrow({ where: { code: options.jurisdictionCode } })
    : null;
  const user = await db.user.create({
    data: {
      username,
      passwordHash: await hashPassword(TEST_PASSWORD),
      displayName: `测试${options.role}`,
      role: options.role,
      personId: person?.id ?? null,
      stationId: station?.id ?? null,
      jurisdictionId: jurisdiction?.id ?? null,
      // A test applicant stands for a resident whose ID card an officer has checked (decision 0257).
      identityVerifiedAt: options.role === "APPLICANT" ? new Date() : null,
    },
  });
  return { id: user.id, username, password: TEST_PASSWORD, personId: person?.id ?? null, stationId: station?.id ?? null };
}

/** Signs in through next-auth's credentials endpoint; the cookies land in the page's context. */
export async function signInProgrammatically(request: APIRequestContext, user: { username: string; password: string }) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: user.username, password: user.password, json: "true" },
  });
  expect(response.ok()).toBeTruthy();
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user, `sign-in of ${user.username} failed`).toBeTruthy();
}

export async function signInWithForm(page: Page, username: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** A station and the policy unit above it, whose rules the station's cases follow. */
export async function stationAndPolicyUnit(db: Db, stationId: string) {
  const station = await db.jurisdiction.findUniqueOrThrow({ where: { id: stationId } });
  const policyUnit = await db.jurisdiction.findFirstOrThrow({
    where: {
      policyCode: { not: null },
      path: { in: pathPrefixes(station.path) },
    },
  });
  return { station, policyUnit };
}

/** A station's submitted settlement case, made for one test. */
export async function createSubmittedCase(db: Db, options: { stationId: string; applicant: TestUser }) {
  const { station, policyUnit } = await stationAndPolicyUnit(db, options.stationId);
  const submittedAt = new Date();
  return db.application.create({
    data: {
      number: `E2E-${randomUUID().slice(0, 12)}`,
      kind: "SETTLEMENT",
      status: "SUBMITTED",
      targetJurisdictionId: policyUnit.id,
      targetArea: station.area,
      stationId: station.id,
      applicantUserId: options.applicant.id,
      applicantPersonId: options.applicant.personId!,
      facts: { jurisdiction: policyUnit.policyCode, area: "central_urban", kind: "settlement" },
      submittedAt,
      dueAt: new Date(submittedAt.getTime() + 30 * 86_400_000),
    },
  });
}

/** The police station of a seeded demo clerk, and a station of another policy unit. */
export async function demoStations(db: Db) {
  const clerk = await db.user.findUniqueOrThrow({ where: { username: "clerk" }, include: { station: true } });
  const other = await db.jurisdiction.findFirstOrThrow({
    where: { level: "STATION", NOT: { path: { startsWith: clerk.station!.path.split("/").slice(0, 3).join("/") + "/" } } },
  });
  return { clerkStationId: clerk.stationId!, otherStationId: other.id };
}

export function screenshotPath(name: string) {
  return `test-results/screenshots/${name}.png`;
}

export const test = base.extend<{ db: Db }>({
  // eslint-disable-next-line no-empty-pattern
  db: async ({}, use) => {
    const db = openTestDb();
    await use(db);
    await db.$disconnect();
  },
});

export { expect };
