// Issue 16, H1 and M3: a sign-up with a registry person's name and ID number (both on every ID-card copy)
// links the account but proves nothing. Until a clerk has checked the original ID card, the account reads
// nothing keyed on the person and starts nothing that acts on their household, permit or certificates; a
// clerk cannot approve its case; the real person reclaims the account at the counter. Registration answers
// one sentence for "wrong name" and "already has an account", runs no scrypt for them, and is throttled.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

const hashing = vi.hoisted(() => ({ calls: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    hashPassword: async (password: string) => {
      hashing.calls += 1;
      return original.hashPassword(password);
    },
  };
});

import { useTestDb } from "@/tests/factories/use-test-db";
import { approveCase } from "@/tests/factories/decisions";
import type { Actor } from "@/lib/auth/permissions";
import { householdScope, permitScope } from "@/lib/auth/scope";
import { certificateScope, readCertificate } from "@/lib/certificates/read-certificate";
import { registerApplicant } from "@/lib/registry/register-applicant";
import { startApplication } from "@/lib/applications/start-application";
import { verifyIdentity } from "@/lib/registry/reveal-person";
import { resetApplicantPassword } from "@/lib/auth/counter-reset";
import { authenticate } from "@/lib/auth/authenticate";
import { sessionIsCurrent } from "@/lib/auth/session-token";
import { createSignInThrottle, DEFAULT_THROTTLE } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { translate } from "@/lib/i18n";
import { freshCitizenId } from "@/tests/factories/citizen-ids";
import { makePerson } from "@/tests/factories/people";
import { ensurePlace, PASSWORD } from "./apply-fixtures";
import { startDraft } from "./apply-draft";
import { makeCase, makeHousehold } from "@/tests/factories/cases";
import { actorOf, makeClerk } from "@/tests/factories/staff";
import { makeCertificate, makePermit } from "./certificate-fixtures";

const db = useTestDb();
let place: Awaited<ReturnType<typeof ensurePlace>>;
let clerk: Actor;
beforeAll(async () => {
  place = await ensurePlace(db);
  clerk = await makeClerk(db, place.station.id, { lead: true });
});

const form = (citizenId: string, name: string, password = PASSWORD) => ({
  name,
  citizenId,
  phone: "139 1234 5678",
  password,
  passwordConfirm: password,
});

/** A registry person with a household (as head), a valid permit and a certificate, and no account yet. */
async function registryPerson(name = "王秀兰") {
  const person = await makePerson(db, { name, birthDate: "1985-06-15", sex: "FEMALE", phone: "13800001111" });
  const household = await makeHousehold(db, { stationId: place.station.id, members: [{ personId: person.id, relation: "HEAD" }] });
  const validUntil = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const permit = await makePermit(db, { holderId: person.id, stationId: place.station.id, validUntil });
  // A certificate from an earlier case a relative applied for (the holder is the person, the account another's).
  const relative = await makePerson(db, { name: "王父", birthDate: "1960-02-02", sex: "MALE" });
  const owner = await db.user.create({
    data: {
      username: `it-owner-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: "王父",
      role: "APPLICANT",
      personId: relative.id,
    },
  });
  const ownerActor = actorOf(owner, null);
  const certificate = await makeCertificate(db, {
    stationId: place.station.id,
    applicant: ownerActor,
    holderId: person.id,
    clerkId: clerk.id,
  });
  return { person, citizenId: person.citizenId, name, household, permit, certificate };
}

/** The actor as lib/auth/session.ts builds it from the account's row. */
/** The actor of an applicant account as a session reads it now. */
async function loadActor(userId: string): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return { ...actorOf(u, null), identityVerified: u.identityVerifiedAt !== null };
}

async function squat(p: Awaited<ReturnType<typeof registryPerson>>, password = "Squatter-Password-77") {
  const result = await registerApplicant({ db, input: form(p.citizenId, p.name, password), now: new Date() });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return loadActor(result.userId);
}

describe("H1: an unverified account linked to a registry person", () => {
  it("reads nothing of the register: household, permits and the person's certificates are out of scope", async () => {
    const p = await registryPerson();
    const squatter = await squat(p);
    expect(squatter.personId).toBe(p.person.id);
    expect(squatter.identityVerified).toBe(false);
    expect(await db.household.count({ where: householdScope(squatter) })).toBe(0);
    expect(await db.residencePermit.count({ where: permitScope(squatter) })).toBe(0);
    expect(await db.certificate.count({ where: certificateScope(squatter) })).toBe(0);
    await expect(readCertificate({ db, actor: squatter, certificateId: p.certificate.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("may not start a newborn registration into the household nor endorse the permit; a settlement as a new person is fine", async () => {
    const p = await registryPerson();
    const squatter = await squat(p);
    const start = (kind: "NEWBORN_REGISTRATION" | "PERMIT_ENDORSEMENT") =>
      startApplication({ db, actor: squatter, kind, permitId: p.permit.id, createKey: randomUUID(), now: new Date() });
    for (const kind of ["NEWBORN_REGISTRATION", "PERMIT_ENDORSEMENT"] as const) {
      const refused = await start(kind).catch((e: unknown) => e);
      expect(refused, kind).toBeInstanceOf(DomainError);
      expect((refused as DomainError).code, kind).toBe("IDENTITY_UNVERIFIED");
    }
    expect(translate("zh-CN", "errors.IDENTITY_UNVERIFIED")).toContain("身份证原件");
    expect(await db.application.count({ where: { applicantUserId: squatter.id } })).toBe(0);
    const settle = await startDraft(db, squatter);
    expect(settle.created).toBe(true);
  });

  it("once a clerk has checked the originals, the same account reads its household, permit and certificates", async () => {
    const p = await registryPerson();
    const squatter = await squat(p);
    const app = await makeCase(db, { at: place, applicant: { user: { id: squatter.id }, person: { id: p.person.id } } });
    expect(await verifyIdentity({ db, actor: clerk, applicationId: app.id })).toBe(true);
    const verified = await loadActor(squatter.id);
    expect(await db.household.count({ where: householdScope(verified) })).toBe(1);
    expect(await db.residencePermit.count({ where: permitScope(verified) })).toBe(1);
    expect(await db.certificate.count({ where: certificateScope(verified) })).toBe(1);
  });

  it("a clerk cannot approve the case until the originals are checked", async () => {
    const p = await registryPerson();
    const squatter = await squat(p);
    const app = await makeCase(db, {
      at: place,
      applicant: { user: { id: squatter.id }, person: { id: p.person.id } },
      status: "IN_REVIEW",
      assigneeId: clerk.id,
    });
    const refused = await approveCase(db, clerk, app).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("VALIDATION");
    expect((refused as DomainError).details).toContain("identity.unverified");
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("IN_REVIEW");
    await verifyIdentity({ db, actor: clerk, applicationId: app.id });
    const again = await approveCase(db, clerk, app).catch((e: unknown) => e);
    expect((again as DomainError)?.details ?? []).not.toContain("identity.unverified");
  });

  it("the counter reset of an unverified account reclaims it: verified, password replaced, sessions ended, audited", async () => {
    const p = await registryPerson();
    const squatter = await squat(p, "Squatter-Password-77");
    const before = await db.user.findUniqueOrThrow({ where: { id: squatter.id } });
    const draft = await startDraft(db, squatter);
    const reset = await resetApplicantPassword({ db, actor: clerk, input: { account: p.citizenId, name: p.name, identityChecked: "on" } });
    expect(reset.ok).toBe(true);
    if (!reset.ok) return;
    expect(reset.reclaimed).toEqual({ openApplications: [expect.objectContaining({ id: draft.id })] });
    const after = await db.user.findUniqueOrThrow({ where: { id: squatter.id } });
    expect(after.identityVerifiedAt).not.toBeNull();
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    // The squatter's session and password no longer work; the one-time password does.
    expect(
      sessionIsCurrent({
        claims: { uid: squatter.id, sv: before.sessionVersion, authAt: Math.floor(Date.now() / 1000) },
        user: after,
        now: new Date(),
      }),
    ).toBe(false);
    expect((await authenticate({ db, input: { username: p.citizenId, password: "Squatter-Password-77" }, now: new Date() })).ok).toBe(
      false,
    );
    expect((await authenticate({ db, input: { username: p.citizenId, password: reset.oneTimePassword }, now: new Date() })).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: squatter.id, action: "person.identity-reclaimed" } })).toBe(1);
    // The real person's account now sees the register.
    expect(await db.household.count({ where: householdScope(await loadActor(squatter.id)) })).toBe(1);
  });

  it("the counter reset of an account already verified is an ordinary reset (no reclaim)", async () => {
    const p = await registryPerson();
    const owner = await squat(p);
    await db.user.update({ where: { id: owner.id }, data: { identityVerifiedAt: new Date() } });
    const reset = await resetApplicantPassword({ db, actor: clerk, input: { account: p.citizenId, name: p.name, identityChecked: "on" } });
    expect(reset).toMatchObject({ ok: true, reclaimed: null });
    expect(await db.auditEvent.count({ where: { entityId: owner.id, action: "person.identity-reclaimed" } })).toBe(0);
  });
});

describe("M3: registration is no oracle and no CPU sink", () => {
  it("answers 'wrong name' and 'already has an account' with one sentence, and hashes no password for either", async () => {
    const p = await registryPerson("赵红梅");
    await squat(p);
    const other = await registryPerson("钱国强");
    hashing.calls = 0;
    const taken = await registerApplicant({ db, input: form(p.citizenId, p.name), now: new Date() });
    const wrongName = await registerApplicant({ db, input: form(other.citizenId, "孙悟空"), now: new Date() });
    expect(hashing.calls).toBe(0);
    expect(taken).toEqual(wrongName);
    expect(taken).toEqual({ ok: false, errors: [{ field: "citizenId", message: "apply.registerError.cannotRegister" }] });
    for (const locale of ["zh-CN", "en"] as const) {
      const text = translate(locale, "apply.registerError.cannotRegister");
      expect(text).not.toMatch(/赵|钱|already has an account|does not match|已经注册|不一致/);
    }
    expect(translate("zh-CN", "apply.registerError.cannotRegister")).toContain("户籍窗口");
    // A new account still costs exactly one hash.
    const fresh = await registerApplicant({ db, input: form(freshCitizenId(), "周新"), now: new Date() });
    expect(fresh.ok).toBe(true);
    expect(hashing.calls).toBe(1);
  });

  it("refuses the 21st post from one address within the window with a clear sentence", async () => {
    const throttle = createSignInThrottle(DEFAULT_THROTTLE);
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const p = await registryPerson();
    await squat(p);
    for (let i = 0; i < 20; i++) {
      const r = await registerApplicant({ db, input: form(p.citizenId, p.name), now: new Date(), throttle, address });
      expect(r).toMatchObject({ ok: false, errors: [{ message: "apply.registerError.cannotRegister" }] });
    }
    const refused = await registerApplicant({ db, input: form(freshCitizenId(), "吴新"), now: new Date(), throttle, address });
    expect(refused).toMatchObject({ ok: false, errors: [{ field: "citizenId", message: "apply.registerError.throttled" }] });
    expect(translate("zh-CN", "apply.registerError.throttled")).toMatch(/分钟/);
    // Another address is not affected.
    const elsewhere = await registerApplicant({
      db,
      input: form(freshCitizenId(), "郑新"),
      now: new Date(),
      throttle,
      address: "203.0.113.9",
    });
    expect(elsewhere.ok).toBe(true);
  });
});
