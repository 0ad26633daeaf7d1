// Reads a request body while counting its bytes, and stops at the limit: a 128 MiB body is refused
// after the first 64 KiB arrive, not after all of it has been buffered.
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body must be at most ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

export async function readLimitedText(options: { request: Request; limit: number }): Promise<string> {
  const { request, limit } = options;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The path as a browser or router would read it: dot segments resolved, repeated slashes folded. Only
 * the path: the query is passed on byte for byte (`?back=//x` must stay `//x`, issue #16 I4).
 */
export function normalisePath(rawUrl: string): string {
  const q = rawUrl.indexOf("?");
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? "" : rawUrl.slice(q);
  let url: URL;
  try {
    url = new URL(path.replace(/\/{2,}/g, "/"), "http://portal.invalid");
  } catch {
    return rawUrl;
  }
  return url.pathname + query;
}
