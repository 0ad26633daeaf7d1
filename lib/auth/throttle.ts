// Throttles in front of password checks (docs/decisions/0009, 0235). The per-username lock in
// authenticate.ts stops guessing one account; these stop one client from spending the server's CPU
// on scrypt (each check costs ~50 ms of a core) and so slowing every other page:
// - per client address: `addressPoints` attempts per `addressWindowS`, then refused until the window ends;
// - for everyone together: at most `globalPerSecond` checks a second; more wait in a bounded queue
//   (they do not hold a database connection while waiting), and past the queue they are refused.
// The portal's counters live in PostgreSQL (table "SignInThrottle", rate-limiter-flexible's layout), so
// every server process of the portal (scripts/serve.ts runs several) and every host share one
// allowance; counting in memory would give each process its own. If the database does not answer, a
// counter in this process's memory stands in (the sign-in itself needs the database anyway).
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterQueue, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/db/connection";

export interface ThrottleSettings {
  addressPoints: number;
  addressWindowS: number;
  globalPerSecond: number;
  globalQueue: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = { addressPoints: 20, addressWindowS: 10 * 60, globalPerSecond: 10, globalQueue: 50 };

/** Where the counters are kept: this process's memory (unit tests), or a PostgreSQL pool (the portal). */
export type ThrottleStore = { kind: "memory" } | { kind: "postgres"; pool: pg.Pool };

export const THROTTLE_TABLE = "SignInThrottle";

export type ThrottleResult = { ok: true } | { ok: false; retryAfterSeconds: number };

function limiter(store: ThrottleStore, options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract {
  if (store.kind === "memory") return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: store.pool,
    storeType: "pool",
    tableName: THROTTLE_TABLE,
    // The migration creates the table: the portal's database role may not (lib/db/app-role.ts).
    tableCreated: true,
    clearExpiredByTimeout: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

export function createSignInThrottle(settings: ThrottleSettings, store: ThrottleStore = { kind: "memory" }) {
  const byAddress = limiter(store, { keyPrefix: "signin-addr", points: settings.addressPoints, duration: settings.addressWindowS });
  const globalQueue = new RateLimiterQueue(limiter(store, { keyPrefix: "signin-all", points: settings.globalPerSecond, duration: 1 }), {
    maxQueueSize: settings.globalQueue,
  });
  /** Takes one attempt for this address and one global slot (waiting for it when the server is busy). */
  return async function throttle(options: { address: string | null }): Promise<ThrottleResult> {
    try {
      await byAddress.consume(options.address || "unknown", 1);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
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

let portalThrottle: ReturnType<typeof createSignInThrottle> | null = null;

/**
 * The portal's throttle, made on first use (importing this module needs no database). HUKOU_SIGNIN_PER_ADDRESS
 * raises the per-address allowance (the test run signs in hundreds of times from one address).
 */
export function throttleSignIn(options: { address: string | null }): Promise<ThrottleResult> {
  portalThrottle ??= createSignInThrottle(
    {
      ...DEFAULT_THROTTLE,
      addressPoints: Number(process.env.HUKOU_SIGNIN_PER_ADDRESS) > 0 ? Number(process.env.HUKOU_SIGNIN_PER_ADDRESS) : DEFAULT_THROTTLE.addressPoints,
    },
    { kind: "postgres", pool: new pg.Pool({ connectionString: databaseUrl(), max: 2 }) },
  );
  return portalThrottle(options);
}
