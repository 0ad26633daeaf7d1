// Medians from counts: the database returns how many decisions took each number of working days, per
// station; a county's or the whole subtree's median is the median of the merged counts — not the
// median of the stations' medians, which would weigh a station of 3 cases like one of 3,000.

/** value → how many times it occurs. */
export type Counts = ReadonlyMap<number, number>;

export function mergeCounts(options: { parts: readonly Counts[] }): Map<number, number> {
  const merged = new Map<number, number>();
  for (const part of options.parts) for (const [value, n] of part) merged.set(value, (merged.get(value) ?? 0) + n);
  return merged;
}

/** The median of the multiset (the mean of the two middle values when the count is even); null when empty. */
export function medianOfCounts(options: { counts: Counts }): number | null {
  const entries = [...options.counts].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  // 1-based ranks of the middle value(s).
  const lowRank = Math.floor((total + 1) / 2);
  const highRank = Math.floor(total / 2) + 1;
  let seen = 0;
  let low: number | null = null;
  for (const [value, n] of entries) {
    seen += n;
    if (low === null && seen >= lowRank) low = value;
    if (seen >= highRank) return (low! + value) / 2;
  }
  return low;
}
