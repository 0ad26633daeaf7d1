// Uploaded files are stored by their SHA-256 behind one small interface, so the portal runs on local
// disk by default and on any S3-compatible store when configured (docs/decisions/0011-document-storage.md). Content
// addressing makes a store idempotent: the same bytes twice are one object, and a row in Document
// names its file by hash, never by a path a user typed.
import fs from "node:fs/promises";
import path from "node:path";
import { assertHash, sha256Hex, type BlobStore } from "./blob";
import { s3BlobStoreFromEnv } from "./s3";

export { assertHash, sha256Hex, type BlobStore };

/** Local disk: <root>/ab/cd/<hash>, written through a temporary file and a rename (never half a file). */
export function localBlobStore(options: { root: string }): BlobStore {
  const file = (hash: string) => path.join(options.root, hash.slice(0, 2), hash.slice(2, 4), hash);
  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      const target = file(hash);
      try {
        await fs.access(target);
        return hash;
      } catch {
        // not stored yet
      }
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, bytes, { mode: 0o600 });
      await fs.rename(tmp, target);
      return hash;
    },
    async get(hash) {
      assertHash(hash);
      try {
        return new Uint8Array(await fs.readFile(file(hash)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

let store: BlobStore | null = null;

/**
 * The store the portal uses: an S3-compatible bucket when STORAGE_S3_BUCKET is set (lib/storage/s3.ts),
 * else local disk at UPLOAD_DIR (default .data/uploads under the working directory).
 */
export function getBlobStore(): BlobStore {
  store ??= s3BlobStoreFromEnv() ?? localBlobStore({ root: process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads") });
  return store;
}

/** For tests and for a configured S3 store. */
export function setBlobStore(next: BlobStore | null): void {
  store = next;
}
