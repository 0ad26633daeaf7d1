// An applicant for any test: a registry person and the account of a resident whose ID card the station has
// checked (an unverified one cannot be approved, decision 0257).
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db";
import { makePerson } from "./people";

export async function makeApplicant(db: Db, options: { birthDate?: string; sex?: "MALE" | "FEMALE" } = {}) {
  const person = await makePerson(db, { birthDate: options.birthDate ?? "1990-04-01", sex: options.sex, name: "申请人" });
  const user = await db.user.create({
    data: {
      username: `cw-app-${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      displayName: person.name,
      role: "APPLICANT",
      personId: person.id,
      identityVerifiedAt: new Date(),
    },
  });
  return { person, user };
}

/** The shape `makeCase` takes an applicant in, from an applicant's actor. */
export const applicantRef = (actor: { id: string; personId: string | null }) => ({
  user: { id: actor.id },
  person: { id: actor.personId! },
});
