// Per-test data for the admin-area tests: a small tree (city → county → station), administrators and
// other staff made for the test alone, actors built the way lib/auth/session.ts builds them.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { makePerson } from "@/tests/factories/people";
import { makeUnit } from "@/tests/factories/units";

export const PASSWORD = "right-password-1";
let hashed: string | null = null;

export async function makeAdminTree(db: Db) {
  const code = `adm-${randomUUID().slice(0, 8)}`;
  const city = await makeUnit(db, null, { code, name: "管理测试市", level: "CITY", area: "CENTRAL_URBAN" });
  const county = await makeUnit(db, city, { code: `${code}-c`, name: "管理测试区", level: "COUNTY", area: "TOWN" });
  const station = await makeUnit(db, county, { code: `${code}-s`, name: "管理测试派出所", level: "STATION", area: "TOWN" });
  return { city, county, station };
}

export async function makeUser(
  db: Db,
  options: { role: Role; stationId?: string; jurisdictionId?: string; personId?: string; username?: string },
): Promise<Actor & { username: string }> {
  hashed ??= await hashPassword(PASSWORD);
  let personId = options.personId;
  let username = options.username ?? `adm-${options.role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  if (options.role === "APPLICANT" && !personId) {
    // An applicant's username is their citizen ID number, as self-registration makes it.
    const person = await makePerson(db, { name: "王小明", phone: "13912345678", region: "431002", birthDate: "1990-05-17" });
    personId = person.id;
    username = person.citizenId;
  }
  const u = await db.user.create({
    data: {
      username,
      passwordHash: hashed,
      displayName: options.role === "APPLICANT" ? "王小明" : `测试${options.role}`,
      role: options.role,
      stationId: options.stationId ?? null,
      jurisdictionId: options.jurisdictionId ?? null,
      personId: personId ?? null,
    },
    include: { station: { select: { path: true } }, jurisdiction: { select: { path: true } } },
  });
  return {
    id: u.id,
    username,
    role: u.role,
    displayName: u.displayName,
    stationId: u.stationId,
    jurisdictionId: u.jurisdictionId,
    scopePath: u.station?.path ?? u.jurisdiction?.path ?? null,
    personId: u.personId,
  };
}

/** Leaves exactly the given administrators active (the last-admin rule counts the whole table). */
export async function onlyTheseAdminsActive(db: Db, ids: string[]) {
  await db.user.updateMany({ where: { role: "ADMIN", id: { notIn: ids } }, data: { active: false } });
}
