// Uploads per account in a sliding window (issue 16, M5; docs/decisions/0266). Counted in PostgreSQL in the
// sign-in throttle's table (lib/auth/throttle.ts, rate-limiter-flexible's layout) under a key prefix of its
// own, so every server process shares one allowance per account; if the database does not answer, a
// counter in this process's memory stands in.
import { createKeyLimit, portalStore, type ThrottleResult, type ThrottleStore } from "@/lib/auth/throttle";
import { QUANTITY_LIMITS } from "./quantity-limits";

export type UploadThrottle = (options: { userId: string }) => Promise<ThrottleResult>;

export function createUploadThrottle(
  settings: { points: number; windowS: number } = { points: QUANTITY_LIMITS.uploadsPerWindow, windowS: QUANTITY_LIMITS.uploadWindowS },
  store: ThrottleStore = { kind: "memory" },
): UploadThrottle {
  const limit = createKeyLimit({ keyPrefix: "upload-user", points: settings.points, durationS: settings.windowS }, store);
  return ({ userId }) => limit(userId);
}

let portalThrottle: UploadThrottle | null = null;

/** The portal's upload throttle, made on first use (importing this module needs no database). */
export const throttleUpload: UploadThrottle = (options) => {
  portalThrottle ??= createUploadThrottle(undefined, portalStore());
  return portalThrottle(options);
};
