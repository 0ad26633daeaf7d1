// Uploads per account in a sliding window (issue 16, M5; docs/decisions/0266). Counted in PostgreSQL in the
// sign-in throttle's table (lib/auth/throttle.ts, rate-limiter-flexible's layout) under a key prefix of its
// own, so every server process shares one allowance per account; if the database does not answer, a
// counter in this process's memory stands in.
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/db/connection";
import { THROTTLE_TABLE, type ThrottleResult, type ThrottleStore } from "@/lib/auth/throttle";
import { QUANTITY_LIMITS } from "./quantity-limits";

export type UploadThrottle = (options: { userId: string }) => Promise<ThrottleResult>;

export function createUploadThrottle(
  settings: { points: number; windowS: number } = { points: QUANTITY_LIMITS.uploadsPerWindow, windowS: QUANTITY_LIMITS.uploadWindowS },
  store: ThrottleStore = { kind: "memory" },
): UploadThrottle {
  const options = { keyPrefix: "upload-user", points: settings.points, duration: settings.windowS };
  const limiter: RateLimiterAbstract =
    store.kind === "memory"
      ? new RateLimiterMemory(options)
      : new RateLimiterPostgres({
          ...options,
          storeClient: store.pool,
          storeType: "pool",
          tableName: THROTTLE_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: true,
          insuranceLimiter: new RateLimiterMemory(options),
        });
  return async ({ userId }) => {
    try {
      await limiter.consume(userId, 1);
      return { ok: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      throw rejection;
    }
  };
}

let portalThrottle: UploadThrottle | null = null;

/** The portal's upload throttle, made on first use (importing this module needs no database). */
export const throttleUpload: UploadThrottle = (options) => {
  portalThrottle ??= createUploadThrottle(undefined, { kind: "postgres", pool: new pg.Pool({ connectionString: databaseUrl(), max: 2 }) });
  return portalThrottle(options);
};
