// An S3-compatible blob store (Amazon S3, MinIO, Ceph, Alibaba OSS or Tencent COS in S3 mode…), for
// deployments where uploads must outlive one machine (docs/decisions/0011-document-storage.md). Objects
// are named by the SHA-256 of their bytes, so storing the same file twice is one object and a Document row
// never names a path a user typed. Selected by STORAGE_S3_BUCKET in getBlobStore().
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { assertHash, sha256Hex, type BlobStore } from "./blob";

export interface S3StoreOptions {
  client: S3Client;
  bucket: string;
  /** Key prefix, e.g. "uploads/". */
  prefix?: string;
}

function missing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata?.httpStatusCode === 404)
  );
}

export function s3BlobStore(options: S3StoreOptions): BlobStore {
  const { client, bucket } = options;
  const key = (hash: string) => `${options.prefix ?? ""}${hash.slice(0, 2)}/${hash}`;
  return {
    async put(bytes) {
      const hash = sha256Hex(bytes);
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key(hash) }));
        return hash;
      } catch (error) {
        if (!missing(error)) throw error;
      }
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key(hash),
          Body: bytes,
          ContentType: "application/octet-stream",
          ContentLength: bytes.byteLength,
        }),
      );
      return hash;
    },
    async get(hash) {
      assertHash(hash);
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key(hash) }));
        return out.Body ? await out.Body.transformToByteArray() : null;
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
  };
}

/**
 * The store described by the environment, or null when STORAGE_S3_BUCKET is unset:
 * STORAGE_S3_ENDPOINT (any S3-compatible server; path-style addressing then), STORAGE_S3_REGION
 * (default us-east-1), STORAGE_S3_ACCESS_KEY_ID + STORAGE_S3_SECRET_ACCESS_KEY (else the SDK's default
 * credential chain), STORAGE_S3_PREFIX.
 */
export function s3BlobStoreFromEnv(env: Record<string, string | undefined> = process.env): BlobStore | null {
  const bucket = env.STORAGE_S3_BUCKET;
  if (!bucket) return null;
  const endpoint = env.STORAGE_S3_ENDPOINT || undefined;
  const client = new S3Client({
    region: env.STORAGE_S3_REGION || "us-east-1",
    endpoint,
    forcePathStyle: !!endpoint,
    credentials:
      env.STORAGE_S3_ACCESS_KEY_ID && env.STORAGE_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.STORAGE_S3_ACCESS_KEY_ID, secretAccessKey: env.STORAGE_S3_SECRET_ACCESS_KEY }
        : undefined,
    // Checksums only where S3 requires them: S3-compatible servers differ in the newer trailing checksums.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return s3BlobStore({ client, bucket, prefix: env.STORAGE_S3_PREFIX });
}
