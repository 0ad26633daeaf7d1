// Issuing a residence permit (《居住证暂行条例》 第十条): valid one year from issue, endorsed yearly
// (签注, endorse-permit.ts); residence years count from the issue date. Numbers follow one format
// (decision record 0014): JZZ-<first four digits of the station's address code>-<year>-<6-digit running
// number within that city and year>, max + 1 under an advisory lock, the unique index the last word.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { stationRegionCode } from "@/lib/registry/region";
import { dbDate } from "@/lib/clock/day";

type Tx = Prisma.TransactionClient;

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === "02-29" && !leap ? "02-28" : md}`;
}

export const day = (iso: string) => dbDate(iso);

export async function nextPermitNumber(options: { tx: Tx; stationId: string; issuedOn: string }): Promise<string> {
  const { tx } = options;
  const region = await stationRegionCode({ tx, stationId: options.stationId });
  const series = `JZZ-${region.slice(0, 4)}-${options.issuedOn.slice(0, 4)}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`permit-number:${series}`}))`;
  const rows = await tx.$queryRaw<{ max: string | null }[]>`
    SELECT max("number") AS max FROM "ResidencePermit" WHERE "number" LIKE ${`${series}-%`}`;
  const last = rows[0]?.max ? Number(rows[0].max.slice(series.length + 1)) || 0 : 0;
  return `${series}-${String(last + 1).padStart(6, "0")}`;
}

export interface IssuePermitOptions {
  tx: Tx;
  actorId: string;
  holderId: string;
  stationId: string;
  /** The policy jurisdiction the permit belongs to. */
  jurisdictionId: string;
  address: string;
  /** YYYY-MM-DD, the decision date. */
  issuedOn: string;
}

export async function issuePermit(options: IssuePermitOptions) {
  const { tx, issuedOn } = options;
  const number = await nextPermitNumber({ tx, stationId: options.stationId, issuedOn });
  const permit = await tx.residencePermit.create({
    data: {
      number,
      holderId: options.holderId,
      jurisdictionId: options.jurisdictionId,
      stationId: options.stationId,
      address: options.address,
      issuedOn: day(issuedOn),
      residenceSince: day(issuedOn),
      validUntil: day(addYears(issuedOn, 1)),
      status: "VALID",
    },
    select: { id: true, number: true, issuedOn: true, validUntil: true, residenceSince: true, address: true },
  });
  await writeAudit({
    tx,
    event: { actorId: options.actorId, action: "permit.issue", entityType: "ResidencePermit", entityId: permit.id, data: { number } },
  });
  return permit;
}
