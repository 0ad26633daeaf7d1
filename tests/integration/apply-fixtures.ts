// A small place of our own for the apply tests: a policy unit (郴州's rules), a district and a station,
// created once per database; and applicants registered through the real registration.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { freshCitizenId } from "@/tests/factories/citizen-ids";
import { registerApplicant } from "@/lib/registry/register-applicant";
import type { BlobStore } from "@/lib/storage";
import { sha256Hex } from "@/lib/storage";
import { ensureUnit, policyCity } from "@/tests/factories/units";
import { actorOf } from "@/tests/factories/staff";

export const PASSWORD = "Suxianling-Ridge-42";

/** The codes of the district and station `ensurePlace` makes. */
const PLACE = { district: "it-chenzhou-beihu", station: "it-chenzhou-beihu-ps" };

/** What starting a case of `kind` at that place posts (a fresh create key unless one is given). */
export const atPlace = (kind: ApplicationKind = "SETTLEMENT", createKey: string = randomUUID()) => ({
  kind,
  jurisdiction: "chenzhou",
  unitCode: PLACE.district,
  stationCode: PLACE.station,
  createKey,
  now: new Date(),
});

export async function ensurePlace(db: Db) {
  const city = await policyCity(db);
  const district = await ensureUnit(db, city, { code: PLACE.district, name: "北湖区", level: "COUNTY", area: "CENTRAL_URBAN" });
  const station = await ensureUnit(db, district, {
    code: PLACE.station,
    name: "人民路派出所",
    level: "STATION",
    area: "CENTRAL_URBAN",
  });
  return { city, district, station };
}

export async function registeredApplicant(db: Db, name = `测${randomUUID().slice(0, 4)}`): Promise<Actor> {
  const result = await registerApplicant({
    db,
    input: { name, citizenId: freshCitizenId(), phone: "13912345678", password: PASSWORD, passwordConfirm: PASSWORD },
    now: new Date(),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return actorOf(await db.user.findUniqueOrThrow({ where: { id: result.userId } }), null);
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

export { PDF } from "@/tests/factories/documents";
