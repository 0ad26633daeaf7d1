// A person in the registry, for any test. Every field the tests have needed has a default; the ID number is
// fresh (./citizen-ids.ts).
import type { Db } from "../../lib/db";
import { dbDate } from "../../lib/clock/day";
import { randomBirthDate, unusedCitizenId, type Sex } from "./citizen-ids";

export interface PersonOptions {
  name?: string;
  birthDate?: string;
  sex?: Sex;
  /** The ID number's region code; a random 4305xx one by default. */
  region?: string;
  phone?: string | null;
  deceasedOn?: string | null;
}

export async function makePerson(db: Db, options: PersonOptions = {}) {
  const birthDate = options.birthDate ?? randomBirthDate();
  const sex = options.sex ?? "MALE";
  const citizenId = await unusedCitizenId(db, { birthDate, sex, region: options.region });
  return db.person.create({
    data: {
      citizenId,
      name: options.name ?? "测试人",
      sex,
      birthDate: dbDate(birthDate),
      ...(options.phone ? { phone: options.phone } : {}),
      ...(options.deceasedOn ? { deceasedOn: dbDate(options.deceasedOn) } : {}),
    },
  });
}
