// The S3-compatible blob store against a real S3 protocol server (s3rver) on a free loopback port.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Client, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { getBlobStore, setBlobStore, sha256Hex } from "@/lib/storage";
import { s3BlobStore, s3BlobStoreFromEnv } from "@/lib/storage/s3";

// s3rver has no type declarations of its own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver") as new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> };

let server: InstanceType<typeof S3rver>;
let dir: string;
let endpoint: string;
const BUCKET = "hukou-uploads";
const env = () => ({
  STORAGE_S3_BUCKET: BUCKET,
  STORAGE_S3_ENDPOINT: endpoint,
  STORAGE_S3_ACCESS_KEY_ID: "S3RVER",
  STORAGE_S3_SECRET_ACCESS_KEY: "S3RVER",
  STORAGE_S3_PREFIX: "docs/",
});

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "s3rver-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  setBlobStore(null);
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe("S3 blob store", () => {
  it("stores bytes under their SHA-256 and gives them back", async () => {
    const store = s3BlobStoreFromEnv(env())!;
    const bytes = new TextEncoder().encode("%PDF-1.4 户籍通办\n%%EOF");
    const hash = await store.put(bytes);
    expect(hash).toBe(sha256Hex(bytes));
    expect(Buffer.from((await store.get(hash))!).equals(Buffer.from(bytes))).toBe(true);
  });

  it("is idempotent: the same bytes twice are one object", async () => {
    const client = new S3Client({
      region: "us-east-1",
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    const store = s3BlobStore({ client, bucket: BUCKET, prefix: "twice/" });
    const bytes = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    await store.put(bytes);
    await store.put(bytes);
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "twice/" }));
    expect(listed.KeyCount).toBe(1);
    expect(listed.Contents?.[0].Key).toBe(`twice/${sha256Hex(bytes).slice(0, 2)}/${sha256Hex(bytes)}`);
  });

  it("answers null for a hash it does not hold, and refuses what is not a hash", async () => {
    const store = s3BlobStoreFromEnv(env())!;
    expect(await store.get("0".repeat(64))).toBeNull();
    await expect(store.get("../etc/passwd")).rejects.toThrow(/SHA-256/);
  });

  it("is what getBlobStore() uses when STORAGE_S3_BUCKET is set, and local disk otherwise", async () => {
    expect(s3BlobStoreFromEnv({})).toBeNull();
    const saved = { ...process.env };
    Object.assign(process.env, env());
    try {
      setBlobStore(null);
      const bytes = new TextEncoder().encode(`via getBlobStore ${Date.now()}`);
      const hash = await getBlobStore().put(bytes);
      expect(await s3BlobStoreFromEnv(env())!.get(hash)).not.toBeNull();
    } finally {
      for (const k of Object.keys(env())) if (!(k in saved)) delete process.env[k];
      setBlobStore(null);
    }
  });
});
