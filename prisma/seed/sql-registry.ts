// SQL pieces shared by the two generators that fill a registry inside PostgreSQL with
// INSERT … SELECT generate_series: the demo's county registries (bulk-registry.ts) and the supervision
// benchmark (scripts/lib/bench-registry.ts). Every value derives from a row number, so the rows are the
// same on every run, and nothing crosses the wire row by row.

/** A uuid from a row number, one prefix (8 hex digits) per table: readable in a plan, unique, no md5 per row. */
export const uid = (prefix: string, expr: string) => `('${prefix}-0000-4000-8000-' || lpad(to_hex(${expr}), 12, '0'))::uuid`;

/** A person's name from a row number: a surname from `surnames`, one or two given characters. */
export function nameSql(options: { expr: string; surnames: readonly string[]; surnameExpr?: string }): string {
  const { expr } = options;
  const list = `ARRAY[${options.surnames.map((s) => `'${s}'`).join(",")}]`;
  const surname = options.surnameExpr ?? `(${list})[1 + (${expr}) % ${options.surnames.length}]`;
  return `${surname} || (ARRAY['明','芳','军','敏','伟','丽','强','霞','勇','燕','林','娟'])[1 + ((${expr}) / 7) % 12] || (ARRAY['','华','英','平','兰','杰'])[1 + ((${expr}) / 89) % 6]`;
}

export const DEFAULT_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "吴", "罗", "龙"] as const;

// GB 11643 MOD 11-2: the same weights and characters as lib/registry/citizen-id.ts checkCharacter.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The 18-character citizen ID (valid check character) for `first17`, an SQL text expression of 17 digits. */
export function citizenIdSql(first17: string): string {
  const sum = WEIGHTS.map((w, i) => `substr(${first17}, ${i + 1}, 1)::int * ${w}`).join(" + ");
  return `(${first17} || substr('10X98765432', ((${sum}) % 11) + 1, 1))`;
}
