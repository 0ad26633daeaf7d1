// Citizen ID numbers for test people. Test files share one database, and a fixed birth date leaves only 500
// sequence numbers per sex: random draws alone repeat (two applicants of 1990-04-01 collided in CI; a file
// making twenty people born on one day met its own duplicate). So every number is handed out once per run
// (per test process), and `unusedCitizenId` also asks the database, for data made by other processes or the seed.
import type { Db } from "../../lib/db";
import { makeCitizenId } from "../../lib/registry/citizen-id";
import { addDays } from "../../lib/clock/day";

export type Sex = "MALE" | "FEMALE";

const issued = new Set<string>();

/** A random 湖南 region code 4305xx: a region the demo data does not use. */
const randomHunanRegion = () => "4305" + String(1 + Math.floor(Math.random() * 99)).padStart(2, "0");

/** A day between 1960-01-01 and 1999-12-31. */
export function randomBirthDate(): string {
  return addDays("1960-01-01", Math.floor(Math.random() * 14_610));
}

/** A valid ID number not yet handed out in this run; the region is random unless given. */
export function freshCitizenId(options: { birthDate?: string; sex?: Sex; region?: string } = {}): string {
  const birthDate = options.birthDate ?? randomBirthDate();
  for (;;) {
    const region = options.region ?? randomHunanRegion();
    const id = makeCitizenId({ region, birthDate, sequence: Math.floor(Math.random() * 1000), sex: options.sex ?? "MALE" });
    if (!issued.has(id)) {
      issued.add(id);
      return id;
    }
  }
}

/** `freshCitizenId`, also unused by any person in the database. */
export async function unusedCitizenId(db: Db, options: { birthDate?: string; sex?: Sex; region?: string } = {}): Promise<string> {
  for (;;) {
    const citizenId = freshCitizenId(options);
    if (!(await db.person.findUnique({ where: { citizenId } }))) return citizenId;
  }
}
