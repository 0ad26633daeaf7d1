// What the clerk-side case functions share: finding a case inside the actor's scope within the
// transaction (another station's case is NOT_FOUND, like a missing one), the decision date, and the
// default clause of the kinds the law makes unconditional.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { chinaDate } from "@/lib/clock";
import { unconditionalRegistrations } from "@/lib/policy";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { MOVABLE_SELECT } from "./lifecycle";
import { dbDate } from "@/lib/clock/day";

export async function findMovableCase(options: { tx: Prisma.TransactionClient; actor: Actor; applicationId: string }) {
  const app = await options.tx.application.findFirst({
    where: { id: options.applicationId, ...applicationScope(options.actor) },
    select: MOVABLE_SELECT,
  });
  if (!app) throw new DomainError("NOT_FOUND");
  return app;
}

/** The decision date (China calendar day) as the YYYY-MM-DD string and as a @db.Date value. */
export function decisionDay(now: Date): { iso: string; date: Date } {
  const iso = chinaDate(now);
  return { iso, date: dbDate(iso) };
}

/** The clause an unconditional registration rests on: the jurisdiction's own, else the national basis. */
export function unconditionalClause(options: { kind: ApplicationKind; policyCode: string | null }): string | null {
  // 签注: the decree's yearly endorsement rule.
  if (options.kind === "PERMIT_ENDORSEMENT") return "《居住证暂行条例》（国务院令第663号） 第十三条";
  const kind = options.kind === "NEWBORN_REGISTRATION" ? "newborn" : options.kind === "NO_HUKOU_REGISTRATION" ? "no_hukou" : null;
  const reg = unconditionalRegistrations.find((r) => r.kind === kind);
  if (!reg) return null;
  const local = reg.citations.find((c) => c.jurisdiction === options.policyCode);
  return local ? `${local.citation.document} ${local.citation.clause}` : reg.nationalBasis;
}

/**
 * moveCase's `data` is typed as the checked update input, which has no foreign-key scalars; updateMany
 * takes the unchecked form at runtime. (The lead may widen MoveCaseOptions.data instead.)
 */
export function assignee(id: string | null): Prisma.ApplicationUpdateManyMutationInput {
  return { assigneeId: id } as Prisma.ApplicationUncheckedUpdateManyInput as Prisma.ApplicationUpdateManyMutationInput;
}
