// Accounts and cases for the crash and load runs, made through the domain functions themselves (the
// same rules, rows and audit trail as the portal's own forms): applicants with a settlement draft
// answered and documented, ready to be submitted over HTTP, and officers of the demo station.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/permissions";
import { hashPassword } from "../../lib/auth/password";
import { makeCitizenId } from "../../lib/registry/citizen-id";
import { startApplication } from "../../lib/applications/start-application";
import { todayInChina } from "../../lib/policy/dates";
import { RENTER_ALONE_ANSWERS } from "../../tests/factories/chenzhou-renter";
import { saveEverySection, uploadMissingDocuments } from "../../tests/factories/drafts";
import { PDF } from "../../tests/factories/documents";

export const BENCH_PASSWORD = "Bench-Password-2026";

export interface Place {
  stationId: string;
  stationCode: string;
  unitCode: string;
  stationPath: string;
}

/** The demo clerk's police station (郴州 北湖区), where every bench case goes. */
export async function demoPlace(db: Db): Promise<Place> {
  const clerk = await db.user.findUniqueOrThrow({ where: { username: "clerk" }, include: { station: { include: { parent: true } } } });
  const station = clerk.station!;
  return { stationId: station.id, stationCode: station.code, unitCode: station.parent!.code, stationPath: station.path };
}

export interface BenchUser {
  username: string;
  actor: Actor;
}

let sequence = 0;
async function person(db: Db, index: number) {
  for (;;) {
    const day = String(1 + ((index + sequence) % 28)).padStart(2, "0");
    const citizenId = makeCitizenId({
      region: "430521",
      birthDate: `1991-03-${day}`,
      sequence: (sequence += 7) % 1000,
      sex: index % 2 ? "MALE" : "FEMALE",
    });
    if (await db.person.findUnique({ where: { citizenId } })) continue;
    return db.person.create({
      data: {
        citizenId,
        name: `压测${index}`,
        sex: index % 2 ? "MALE" : "FEMALE",
        birthDate: new Date(`1991-03-${day}T00:00:00Z`),
        phone: "13900002222",
      },
    });
  }
}

export async function makeUsers(
  db: Db,
  options: { role: "APPLICANT" | "CLERK"; count: number; place: Place; tag: string },
): Promise<BenchUser[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const out: BenchUser[] = [];
  for (let i = 0; i < options.count; i++) {
    const p = options.role === "APPLICANT" ? await person(db, i) : null;
    const username = `${options.tag}-${options.role.toLowerCase()}-${i}-${randomUUID().slice(0, 6)}`;
    const user = await db.user.create({
      data: {
        username,
        passwordHash,
        displayName: options.role === "APPLICANT" ? p!.name : `压测民警${i}`,
        role: options.role,
        personId: p?.id ?? null,
        stationId: options.role === "CLERK" ? options.place.stationId : null,
        // Residents whose ID cards an officer has checked: an approval waits for that (decision 0257).
        identityVerifiedAt: options.role === "APPLICANT" ? new Date() : null,
      },
    });
    out.push({
      username,
      actor: {
        id: user.id,
        role: options.role,
        displayName: user.displayName,
        stationId: user.stationId,
        jurisdictionId: null,
        scopePath: options.role === "CLERK" ? options.place.stationPath : null,
        personId: p?.id ?? null,
        identityVerified: options.role === "APPLICANT",
      },
    });
  }
  return out;
}

/** A settlement draft with every section answered and every required document uploaded: one click from submitted. */
export async function readyDraft(db: Db, options: { actor: Actor; place: Place }): Promise<string> {
  const { actor, place } = options;
  const today = todayInChina({ now: new Date() });
  const { id } = await startApplication({
    db,
    actor,
    kind: "SETTLEMENT",
    jurisdiction: "chenzhou",
    unitCode: place.unitCode,
    stationCode: place.stationCode,
    createKey: randomUUID(),
    now: new Date(),
  });
  const version = await saveEverySection({ db, actor, applicationId: id, answers: RENTER_ALONE_ANSWERS, today }).catch((e: unknown) => {
    throw new Error(`bench draft: ${String(e)}`);
  });
  const uploaded = await uploadMissingDocuments({ db, actor, applicationId: id, expectedVersion: version, bytes: PDF }).catch(
    (e: unknown) => e,
  );
  if (!Array.isArray(uploaded)) throw new Error(`bench draft: expected MISSING_DOCUMENTS, got ${String(uploaded)}`);
  return id;
}
