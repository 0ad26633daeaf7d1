// Storing the files of one post one by one: what was stored, what was refused and why (an expected refusal
// of one file does not stop the others), and the first failure that ends the post (anything unexpected,
// or what the caller names) — through the pipeline's one error mapping.
import "server-only";
import { failureOf, type Failure } from "./pipeline";

export async function storeEach<T extends { file: File }>(
  chosen: readonly T[],
  o: { context: string; stopOn?: (failure: Failure) => boolean },
  store: (one: T, bytes: Uint8Array) => Promise<{ id: string }>,
): Promise<{ stored: string[]; refused: { one: T; failure: Failure }[]; stopped: Failure | null }> {
  const stored: string[] = [];
  const refused: { one: T; failure: Failure }[] = [];
  for (const one of chosen) {
    try {
      stored.push((await store(one, new Uint8Array(await one.file.arrayBuffer()))).id);
    } catch (error) {
      const failure = failureOf(error, o.context);
      if (failure.code === "UNEXPECTED" || o.stopOn?.(failure)) return { stored, refused, stopped: failure };
      refused.push({ one, failure });
    }
  }
  return { stored, refused, stopped: null };
}
