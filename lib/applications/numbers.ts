// Application numbers SQ-<year>-<n>: n from a database sequence (application_number_seq, migration
// 20261122000000_casework), so two drafts started at the same moment never share a number.
import type { Prisma } from "@/lib/generated/prisma/client";
import { chinaDate } from "@/lib/clock";

export async function nextApplicationNumber(options: { tx: Prisma.TransactionClient; now: Date }): Promise<string> {
  const rows = await options.tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('application_number_seq') AS n`;
  return `SQ-${chinaDate(options.now).slice(0, 4)}-${String(rows[0].n).padStart(6, "0")}`;
}
