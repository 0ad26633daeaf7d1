// People who enter the registry through a decision: a family member applied for who has a number but
// no registry record yet, a person without hukou, a newborn given a number here.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Sex } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { makeCitizenId, parseCitizenId } from "./citizen-id";
import { stationRegionCode } from "./region";
import { dbDate } from "@/lib/clock/day";

type Tx = Prisma.TransactionClient;

/** The person with this number (id, number, name), null when the register has none, "invalid" for a malformed number. */
export async function findPersonByNumber(options: {
  tx: Tx;
  citizenId: string;
}): Promise<{ id: string; citizenId: string; name: string } | null | "invalid"> {
  const parsed = parseCitizenId({ input: options.citizenId });
  if (!parsed.ok) return "invalid";
  return options.tx.person.findUnique({ where: { citizenId: parsed.value }, select: { id: true, citizenId: true, name: true } });
}

/** A person the register did not know, with the number they hold (sex and birth date from the number). */
export async function createPerson(options: {
  tx: Tx;
  citizenId: string;
  name: string;
  actorId: string;
}): Promise<{ id: string; citizenId: string }> {
  const { tx } = options;
  const parsed = parseCitizenId({ input: options.citizenId });
  if (!parsed.ok) throw new DomainError("VALIDATION", [`member.citizenId:${options.name}`]);
  return createPersonAudited({
    tx,
    data: { citizenId: parsed.value, name: options.name, sex: parsed.sex, birthDate: dbDate(parsed.birthDate) },
    actorId: options.actorId,
    reason: "registration",
  });
}

/**
 * A citizen ID for a child registered at `stationId` (GB 11643): the station's address code, the birth
 * date, the first sequence not yet used for that code and date with the right sex digit (odd male,
 * even female), and the check character. An advisory lock on region+date keeps two registrations of
 * the same day from picking the same number; the unique index on citizenId is the last word.
 */
export async function newCitizenId(options: { tx: Tx; stationId: string; birthDate: string; sex: Sex }): Promise<string> {
  const { tx, birthDate, sex } = options;
  const region = await stationRegionCode({ tx, stationId: options.stationId });
  const stem = region + birthDate.replace(/-/g, "");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`citizen-id:${stem}`}))`;
  const used = await tx.person.findMany({ where: { citizenId: { startsWith: stem } }, select: { citizenId: true } });
  const taken = new Set(used.map((p) => Number(p.citizenId.slice(14, 17))));
  for (let seq = sex === "MALE" ? 1 : 2; seq < 1000; seq += 2) {
    if (!taken.has(seq)) return makeCitizenId({ region, birthDate, sequence: seq, sex });
  }
  throw new DomainError("VALIDATION", ["citizenId.exhausted"]);
}

export async function createNewborn(options: {
  tx: Tx;
  stationId: string;
  name: string;
  birthDate: string;
  sex: Sex;
  actorId: string;
  reason?: string;
}): Promise<{ id: string; citizenId: string }> {
  const { tx } = options;
  const citizenId = await newCitizenId(options);
  return createPersonAudited({
    tx,
    data: { citizenId, name: options.name, sex: options.sex, birthDate: dbDate(options.birthDate) },
    actorId: options.actorId,
    reason: options.reason ?? "birth registration",
  });
}

/** A new person row and its audit row ("person.create", with why), in the caller's transaction. */
async function createPersonAudited(options: {
  tx: Tx;
  data: { citizenId: string; name: string; sex: Sex; birthDate: Date };
  actorId: string;
  reason: string;
}): Promise<{ id: string; citizenId: string }> {
  const { tx } = options;
  const person = await tx.person.create({ data: options.data, select: { id: true, citizenId: true } });
  await writeAudit({
    tx,
    event: {
      actorId: options.actorId,
      action: "person.create",
      entityType: "Person",
      entityId: person.id,
      data: { reason: options.reason },
    },
  });
  return person;
}
