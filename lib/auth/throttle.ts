// Throttles in front of password checks (docs/decisions/0009). The per-username lock in
// authenticate.ts stops guessing one account; these stop one client from spending the server's CPU
// on scrypt (each check costs ~50 ms of a core) and so slowing every other page:
// - per client address: `addressPoints` attempts per `addressWindowS`, then refused until the window ends;
// - for everyone together: at most `globalPerSecond` checks a second; more wait in a bounded queue
//   (they do not hold a database connection while waiting), and past the queue they are refused.
// In memory: the portal is one process (scripts/serve.ts); several processes would each allow as much.
import { RateLimiterMemory, RateLimiterQueue, RateLimiterRes } from "rate-limiter-flexible";

export interface ThrottleSettings {
  addressPoints: number;
  addressWindowS: number;
  globalPerSecond: number;
  globalQueue: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { addressPoints: 20, addressWindowS: 10 * 60, globalPerSecond: 10, globalQueue: 50 };

export type ThrottleResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createSignInThrottle(settings: ThrottleSettings) {
  const byAddress = new RateLimiterMemory({ keyPrefix: "signin-addr", points: settings.addressPoints, duration: settings.addressWindowS });
  const globalQueue = new RateLimiterQueue(new RateLimiterMemory({ keyPrefix: "signin-all", points: settings.globalPerSecond, duration: 1 }), {
    maxQueueSize: settings.globalQueue,
  });
  /** Takes one attempt for this address and one global slot (waiting for it when the server is busy). */
  return async function throttle(options: { address: string | null }): Promise<ThrottleResult> {
    try {
      await byAddress.consume(options.address || "unknown", 1);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      throw rejection;
    }
    try {
      await globalQueue.removeTokens(1);
    } catch {
      return { ok: false, retryAfterSeconds: 5 };
    }
    return { ok: true };
  };
}

/** The portal's throttle; HUKOU_SIGNIN_PER_ADDRESS raises the per-address allowance (the test run signs in hundreds of times from one address). */
export const throttleSignIn = createSignInThrottle({
  ...DEFAULT_THROTTLE,
  addressPoints: Number(process.env.HUKOU_SIGNIN_PER_ADDRESS) > 0 ? Number(process.env.HUKOU_SIGNIN_PER_ADDRESS) : DEFAULT_THROTTLE.addressPoints,
});
