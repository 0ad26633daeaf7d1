// The writer's shared state: the tables it counts, the key → id maps and the split of planned rows into
// stored and new. Each step of write.ts (registry, users, cases) takes one WriteContext.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoPlan } from "./plan-types";

export type Tx = Prisma.TransactionClient;

export const TABLES = [
  "jurisdiction",
  "person",
  "household",
  "membership",
  "user",
  "residencePermit",
  "permitEndorsement",
  "application",
  "applicationMember",
  "document",
  "caseEvent",
  "auditEvent",
] as const;
export type TableName = (typeof TABLES)[number];
export type TableCounts = Record<TableName, number>;

export function zeroCounts(): TableCounts {
  return Object.fromEntries(TABLES.map((t) => [t, 0])) as TableCounts;
}

/** Keys → ids: the stored id where the row exists, else the plan's deterministic id. */
export class Ids {
  private readonly map = new Map<string, string>();
  constructor(private readonly what: string) {}
  set(key: string, id: string) {
    this.map.set(key, id);
  }
  get(key: string): string {
    const id = this.map.get(key);
    if (!id) throw new Error(`seed: no ${this.what} ${key}`);
    return id;
  }
  maybe(key: string | null): string | null {
    return key === null ? null : this.get(key);
  }
}

/** Splits planned rows into those already stored (recording their ids) and those to create. */
export function partition<R extends { id: string }>(options: {
  rows: R[];
  keyOf: (row: R) => string;
  stored: { id: string; key: string }[];
  ids: Ids;
}): R[] {
  const stored = new Map(options.stored.map((s) => [s.key, s.id]));
  const missing: R[] = [];
  for (const row of options.rows) {
    const key = options.keyOf(row);
    const id = stored.get(key);
    options.ids.set(key, id ?? row.id);
    if (!id) missing.push(row);
  }
  return missing;
}

export interface WriteContext {
  tx: Tx;
  plan: DemoPlan;
  /** Rows created so far, per table; each step adds its own. */
  created: TableCounts;
  jurisdictions: Ids;
  persons: Ids;
  users: Ids;
}
