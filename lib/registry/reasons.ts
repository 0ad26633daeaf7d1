// The register's wording, in one place: the reason a membership opens or ends with, as the household
// history prints it. The approval writes it (lib/applications/approval/), the demo seed (prisma/seed/) and
// the benchmark's generated registry (scripts/lib/bench-registry.ts) write the same words, so a demo
// case's history reads exactly like one a clerk approved. The key of a decision's membership is its
// `applicationId`, never this text (docs/decisions/0287): the wording may change, the link does not.

/** The case a decision's reason names: its number, and the deciding station for a move out. */
export interface ReasonCase {
  number: string;
  stationName: string;
}

/** Reasons written by a decision: each names the case. */
export const DECISION_REASONS = {
  /** A settlement's 落户 into the target household. */
  settlementJoin: (c: Pick<ReasonCase, "number">) => `准予落户（${c.number}）`,
  /** A settlement's move out of the household a person leaves. */
  settlementLeave: (c: ReasonCase) => `迁出：准予落户${c.stationName}辖区（${c.number}）`,
  /** A no-hukou registration (无户口人员登记户口). */
  noHukouJoin: (c: Pick<ReasonCase, "number">) => `无户口人员登记户口（${c.number}）`,
  /** The (rare) earlier membership a no-hukou person leaves. */
  noHukouLeave: (c: Pick<ReasonCase, "number">) => `迁出（${c.number}）`,
  /** A newborn registered in a parent's household. */
  newbornJoin: (c: Pick<ReasonCase, "number">) => `出生登记（${c.number}）`,
} as const;

/** The decision's reason on the case when the clerk writes none: the clause it rests on. */
export const approvedReason = (clause: string) => `准予办理（${clause}）`;

/** Reasons of the register's earlier history (the seed's and the benchmark's background registry). */
export const HISTORY_REASONS = {
  founded: "立户",
  birth: "出生登记",
  marriageIn: "婚迁迁入",
  marriageOut: "婚迁迁出",
  withChildIn: "随子女迁入",
  schoolIn: "入学迁入",
  collectiveIn: "集体户迁入",
  death: "死亡注销",
  ruralToUrbanOut: "迁出：县内农转城",
  ruralToUrbanIn: "迁入：县内农转城",
} as const;

/** The separator of one membership's reasons: why the person joined, then why they left. */
export const REASON_SEPARATOR = "；";

/** A membership's reason once the person leaves: the joining reason kept, the leaving one added. */
export function appendReason(current: string | null | undefined, added: string): string {
  return current ? `${current}${REASON_SEPARATOR}${added}` : added;
}

const MARK = "\u0001";

/** A fixed wording as a SQL string literal. */
export const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The same wording as a SQL expression, for registries generated inside PostgreSQL: each argument is a
 * SQL expression (e.g. `s."number"`), the wording's literal parts are quoted. `reasonSql(DECISION_REASONS.settlementJoin,
 * { number: 'a."number"' })` → `'准予落户（' || a."number" || '）'`.
 */
export function reasonSql<K extends string>(wording: (c: Record<K, string>) => string, sql: Record<K, string>): string {
  const keys = Object.keys(sql) as K[];
  const marked = wording(Object.fromEntries(keys.map((k) => [k, `${MARK}${k}${MARK}`])) as Record<K, string>);
  const parts = marked.split(MARK).map((part, i) => (i % 2 === 1 ? sql[part as K] : sqlText(part)));
  return parts.filter((p) => p !== "''").join(" || ");
}
