// 户号 (household numbers), one format for the demo data and for households the portal opens
// (decision record 0014): the county's 6-digit address code, the station's 2-digit number and a
// 4-digit running number — 12 digits. A new household takes the station's prefix from the station's
// existing households (the seed numbers them that way); a station with none yet uses "00" as its
// station number, which the seed never gives out. The running number is max + 1 under a transaction-
// scoped advisory lock on the prefix, and the unique index on householdNumber guarantees the rest.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { stationRegionCode } from "./region";

export const HOUSEHOLD_NUMBER_PATTERN = /^\d{12}$/;

export async function householdNumberPrefix(options: { tx: Prisma.TransactionClient; stationId: string }): Promise<string> {
  const { tx, stationId } = options;
  const existing = await tx.household.findFirst({
    where: { stationId },
    orderBy: { householdNumber: "asc" },
    select: { householdNumber: true },
  });
  if (existing && HOUSEHOLD_NUMBER_PATTERN.test(existing.householdNumber)) return existing.householdNumber.slice(0, 8);
  return `${await stationRegionCode({ tx, stationId })}00`;
}

export async function nextHouseholdNumber(options: { tx: Prisma.TransactionClient; stationId: string }): Promise<string> {
  const { tx } = options;
  const prefix = await householdNumberPrefix(options);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`household-number:${prefix}`}))`;
  const rows = await tx.$queryRaw<{ max: string | null }[]>`
    SELECT max("householdNumber") AS max FROM "Household"
    WHERE "householdNumber" LIKE ${`${prefix}%`} AND "householdNumber" ~ '^[0-9]{12}$'`;
  const last = rows[0]?.max ? Number(rows[0].max.slice(8)) : 0;
  if (last >= 9999) throw new DomainError("VALIDATION", ["household numbers exhausted for this station"]);
  return prefix + String(last + 1).padStart(4, "0");
}
