// The world the authorization matrix's action probes share (access-matrix-actions.test.ts and
// access-matrix-round-two.test.ts): eight forged actors around applicant A's station, and applicant A's
// rows in the states the actions act on. Each test file opens its own database client on import and
// builds its own world in `beforeAll(setUpMatrixWorld)`. docs/decisions/0230.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { ForbiddenError, UnauthenticatedError, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { startApplication } from "@/lib/applications/start-application";
import { QUANTITY_LIMITS } from "@/lib/applications/quantity-limits";
import { saveSection } from "@/lib/applications/save-section";
import { addDocument } from "@/lib/applications/documents";
import { submitApplication } from "@/lib/applications/submit-application";
import type { MatrixActor, Outcome } from "../security/access-matrix";
import { ensurePlace, memoryStore, PDF, registeredApplicant, atPlace } from "./apply-fixtures";
import { makeCase } from "@/tests/factories/cases";
import { actorOf, makeClerk } from "@/tests/factories/staff";
import { makeUnit } from "@/tests/factories/units";

export const db = useTestDb();
export const store = memoryStore();
export const today = new Date().toISOString().slice(0, 10);
export let actors: Record<MatrixActor, Actor | null>;
export let place: Awaited<ReturnType<typeof ensurePlace>>;
export let colleague: Actor;

async function forged(role: "SUPERVISOR" | "ADMIN", scope: { id: string; path: string } | null): Promise<Actor> {
  const u = await db.user.create({
    data: {
      username: `am-${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: role,
      role,
      jurisdictionId: scope?.id ?? null,
    },
  });
  return actorOf(u, scope?.path ?? null);
}

async function verified(actor: Actor): Promise<Actor> {
  await db.user.update({ where: { id: actor.id }, data: { identityVerifiedAt: new Date() } });
  return { ...actor, identityVerified: true };
}

/** The eight actors (and a colleague of clerkSame's station) in fresh units of their own. */
export async function setUpMatrixWorld() {
  place = await ensurePlace(db);
  const other = await makeUnit(db, place.district, {
    code: `am-${randomUUID().slice(0, 8)}`,
    name: "别处派出所",
    level: "STATION",
    area: "CENTRAL_URBAN",
  });
  const outside = await makeUnit(db, null, {
    code: `am-out-${randomUUID().slice(0, 8)}`,
    name: "别的州",
    level: "CITY",
    area: "CENTRAL_URBAN",
  });
  // A and B had their ID cards checked (an unverified applicant's case cannot be approved, decision 0257).
  const applicantA = await verified(await registeredApplicant(db));
  const applicantB = await verified(await registeredApplicant(db));
  // Signed up with A's name and number, never verified: forged with A's person (User.personId is unique,
  // so its own row has another person) — nothing of A's, keyed on the account or on the person, is its own.
  const squatter = await registeredApplicant(db);
  actors = {
    anonymous: null,
    applicantA,
    applicantB,
    applicantUnverified: { ...squatter, personId: applicantA.personId, identityVerified: false },
    // A station lead, so the reassignment's extra rule (leads only) is not what refuses or allows.
    clerkSame: await makeClerk(db, place.station.id, { lead: true }),
    clerkOther: await makeClerk(db, other.id, { lead: true }),
    supervisorIn: await forged("SUPERVISOR", { id: place.city.id, path: place.city.path }),
    supervisorOut: await forged("SUPERVISOR", { id: outside.id, path: outside.path }),
    admin: await forged("ADMIN", null),
  };
  colleague = await makeClerk(db, place.station.id);
}

export const ANSWERS: Record<string, Record<string, string>> = {
  about: { "applicant.hukou.jurisdiction": "elsewhere", "applicant.hukou.area": "rural" },
  home: { address: "北湖区人民西路 12 号", "applicant.residence.type": "rented", "applicant.residence.months": "14", placement: "new" },
  work: { "applicant.employment.type": "employee", "applicant.employment.months": "12", "applicant.socialInsurance.urbanMonths": "12" },
  grounds: { "applicant.education.level": "bachelor" },
  family: { members: "0" },
};

export const A = () => actors.applicantA!;
export const clerk = () => actors.clerkSame!;
export const applicantRef = () => ({ user: { id: A().id }, person: { id: A().personId! } });

/** Applicant A opens a draft per probe: more than an account may (M5), which is not what this matrix checks. */
export const MANY_DRAFTS = { ...QUANTITY_LIMITS, draftsPerKind: 1000, draftsTotal: 1000 };

export async function draft(options: { answered?: boolean; documents?: boolean } = {}) {
  const { id } = await startApplication({
    db,
    actor: A(),
    ...atPlace(),
    limits: MANY_DRAFTS,
  });
  let version = 1;
  for (const [section, values] of options.answered ? Object.entries(ANSWERS) : []) {
    const saved = await saveSection({ db, actor: A(), applicationId: id, section, expectedVersion: version, values, today });
    expect(saved.errors, section).toEqual([]);
    version = saved.version;
  }
  if (options.documents) {
    const missing = await submitApplication({
      db,
      actor: A(),
      applicationId: id,
      expectedVersion: version,
      declared: true,
      now: new Date(),
    }).catch((e: unknown) => e);
    for (const item of (missing as DomainError).details ?? [])
      await addDocument({ db, actor: A(), applicationId: id, item, fileName: `${item}.pdf`, bytes: PDF, store });
  }
  return { id, version: (await db.application.findUniqueOrThrow({ where: { id } })).version };
}

export const inReview = () => makeCase(db, { at: place, applicant: applicantRef(), status: "IN_REVIEW", assigneeId: clerk().id });
export const submitted = () => makeCase(db, { at: place, applicant: applicantRef() });

/**
 * Per domain function: make a fresh row of applicant A in the state the action acts on, and act on it.
 * `written` (for rows that are not a case) reads what the call would write: a refusal leaves it as it was.
 */
export type Probe = () => Promise<{ id: string; act: (actor: Actor) => Promise<unknown>; written?: () => Promise<unknown> }>;

export function outcomeOf(error: unknown): Outcome | string {
  if (error instanceof UnauthenticatedError) return "signin";
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof DomainError)
    return error.code === "FORBIDDEN"
      ? "forbidden"
      : error.code === "NOT_FOUND"
        ? "notFound"
        : `other:${error.code}:${error.details.join(",")}`;
  throw error;
}
