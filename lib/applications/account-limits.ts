// The checks behind QUANTITY_LIMITS (quantity-limits.ts; docs/decisions/0266). Each runs twice: before the
// bytes are stored (so a refused file usually stores nothing) and again inside the writing transaction
// after lockAccount, which is the check that counts — two parallel posts of one account wait for each
// other there, so the second sees the first's row.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { QUANTITY_LIMITS, type QuantityLimits } from "./quantity-limits";

type Reader = Pick<Prisma.TransactionClient, "document" | "application">;

/**
 * Serialises every write that counts against one account's limits. FOR NO KEY UPDATE does not block the
 * inserts that merely reference the user row (their foreign-key checks take KEY SHARE).
 */
export async function lockAccount(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
}

/** Refuses a file that would pass the files-per-item, bytes-per-case or bytes-per-account limit. */
export async function checkUploadLimits(options: {
  db: Reader;
  userId: string;
  applicationId: string;
  item: string;
  sizeBytes: number;
  limits?: QuantityLimits;
}): Promise<void> {
  const { db, userId, applicationId, item, sizeBytes } = options;
  const limits = options.limits ?? QUANTITY_LIMITS;
  // One after another: inside an interactive transaction the queries share one connection anyway.
  const inItem = await db.document.count({ where: { applicationId, kind: item } });
  const inCase = await db.document.aggregate({ where: { applicationId }, _sum: { sizeBytes: true } });
  const inAccount = await db.document.aggregate({ where: { application: { applicantUserId: userId } }, _sum: { sizeBytes: true } });
  if (inItem + 1 > limits.filesPerItem) throw new DomainError("LIMIT_FILES_PER_ITEM", ["item"]);
  if ((inCase._sum.sizeBytes ?? 0) + sizeBytes > limits.bytesPerCase) throw new DomainError("LIMIT_BYTES_PER_CASE", ["item"]);
  if ((inAccount._sum.sizeBytes ?? 0) + sizeBytes > limits.bytesPerAccount) throw new DomainError("LIMIT_BYTES_PER_ACCOUNT", ["item"]);
}

/** Refuses a new draft past the per-kind or the total limit of open drafts. */
export async function checkDraftLimits(options: {
  db: Reader;
  userId: string;
  kind: ApplicationKind;
  limits?: QuantityLimits;
}): Promise<void> {
  const limits = options.limits ?? QUANTITY_LIMITS;
  const drafts = await options.db.application.findMany({
    where: { applicantUserId: options.userId, status: "DRAFT" },
    select: { kind: true },
  });
  if (drafts.filter((d) => d.kind === options.kind).length + 1 > limits.draftsPerKind)
    throw new DomainError("LIMIT_DRAFTS_PER_KIND", ["kind"]);
  if (drafts.length + 1 > limits.draftsTotal) throw new DomainError("LIMIT_DRAFTS_TOTAL", ["kind"]);
}
