// The GB/T 2260 address code that applies at a station: its own, or the nearest unit above that has one
// (the tree stores codes at county level; stations inherit them).
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/errors";

export async function stationRegionCode(options: { tx: Prisma.TransactionClient; stationId: string }): Promise<string> {
  let id: string | null = options.stationId;
  // The tree is a handful of levels deep; walking up is cheaper to read than a recursive CTE.
  for (let depth = 0; id && depth < 10; depth++) {
    const unit: { regionCode: string | null; parentId: string | null } | null = await options.tx.jurisdiction.findUnique({
      where: { id },
      select: { regionCode: true, parentId: true },
    });
    if (!unit) break;
    if (unit.regionCode) return unit.regionCode;
    id = unit.parentId;
  }
  throw new DomainError("VALIDATION", ["station has no region code"]);
}
