// A small place of our own for the apply tests: a policy unit (郴州's rules), a district and a station,
// created once per database; and applicants registered through the real registration.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { makeCitizenId } from "@/lib/registry/citizen-id";
import { registerApplicant } from "@/lib/registry/register-applicant";
import type { BlobStore } from "@/lib/storage";
import { sha256Hex } from "@/lib/storage";
import { policyCity } from "./casework-fixtures";

export const PASSWORD = "Suxianling-Ridge-42";

export async function ensurePlace(db: Db) {
  const city = await policyCity(db);
  const district = await db.jurisdiction.upsert({
    where: { code: "it-chenzhou-beihu" },
    update: {},
    create: {
      code: "it-chenzhou-beihu",
      name: "北湖区",
      level: "COUNTY",
      area: "CENTRAL_URBAN",
      path: `${city.path}it-chenzhou-beihu/`,
      parentId: city.id,
    },
  });
  const station = await db.jurisdiction.upsert({
    where: { code: "it-chenzhou-beihu-ps" },
    update: {},
    create: {
      code: "it-chenzhou-beihu-ps",
      name: "人民路派出所",
      level: "STATION",
      area: "CENTRAL_URBAN",
      path: `${district.path}it-chenzhou-beihu-ps/`,
      parentId: district.id,
    },
  });
  return { city, district, station };
}

/**
 * A citizen ID number no other test is likely to have made: test files share one database, and a fixed
 * birth date leaves only 500 sequence numbers per sex (two applicants of 1990-04-01 collided in CI).
 */
// Ids handed out in this process: with a fixed birth date only 500 sequences remain for a sex, so
// random draws alone repeat (a file making twenty people born on one day met its own duplicate).
const issuedIds = new Set<string>();

/** A valid ID number nobody in this test run has yet: a random 湖南 region code (4305xx) and sequence. */
export function freshId(birthDate = randomBirthDate(), sex: "MALE" | "FEMALE" = "MALE"): string {
  for (;;) {
    const region = "4305" + String(1 + Math.floor(Math.random() * 99)).padStart(2, "0");
    const id = makeCitizenId({ region, birthDate, sequence: Math.floor(Math.random() * 1000), sex });
    if (!issuedIds.has(id)) {
      issuedIds.add(id);
      return id;
    }
  }
}

/** A day between 1960-01-01 and 1999-12-31. */
function randomBirthDate(): string {
  const from = Date.UTC(1960, 0, 1);
  const days = Math.floor(Math.random() * 14_610);
  return new Date(from + days * 86_400_000).toISOString().slice(0, 10);
}

export async function registeredApplicant(db: Db, name = `测${randomUUID().slice(0, 4)}`): Promise<Actor> {
  const result = await registerApplicant({
    db,
    input: { name, citizenId: freshId(), phone: "13912345678", password: PASSWORD, passwordConfirm: PASSWORD },
    now: new Date(),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
  return {
    id: user.id,
    role: "APPLICANT",
    displayName: user.displayName,
    stationId: null,
    jurisdictionId: null,
    scopePath: null,
    personId: user.personId,
  };
}

/**
 * A registered applicant whose ID card a clerk has since checked (as verifyIdentity or the counter reset
 * records it): only such an account's case can be approved and its register records read (decision 0257).
 */
export async function verifiedApplicant(db: Db, name?: string): Promise<Actor> {
  const actor = await registeredApplicant(db, name);
  await db.user.update({ where: { id: actor.id }, data: { identityVerifiedAt: new Date() } });
  return { ...actor, identityVerified: true };
}

export function memoryStore(): BlobStore & { size(): number } {
  const blobs = new Map<string, Uint8Array>();
  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      blobs.set(hash, bytes);
      return hash;
    },
    async get(hash) {
      return blobs.get(hash) ?? null;
    },
    size: () => blobs.size,
  };
}

export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
