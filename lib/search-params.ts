// A page's search parameters as Next.js hands them over: a key may come once, several times or not at all.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value given for a key (a repeated key counts once). */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The first value of each key, an empty one read as absent: the input of a filter's zod schema. */
export function firstValues<K extends string>(params: SearchParams, keys: readonly K[]): Record<K, string | undefined> {
  return Object.fromEntries(keys.map((key) => [key, firstValue(params[key]) || undefined])) as Record<K, string | undefined>;
}
