// The blob store's contract and the content hash, with no store behind them: both stores (local disk in
// index.ts, S3 in s3.ts) build on this leaf, so index.ts can choose between them without a cycle.
import { createHash } from "node:crypto";

export interface BlobStore {
  /** Stores the bytes (idempotent) and returns their SHA-256 in lowercase hex. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a hash, or null. */
  get(sha256: string): Promise<Uint8Array | null>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const HASH = /^[0-9a-f]{64}$/;

export function assertHash(sha256: string): void {
  if (!HASH.test(sha256)) throw new TypeError("not a SHA-256 hex digest");
}
