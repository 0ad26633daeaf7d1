// Throttles in front of password checks (docs/decisions/0009, 0235, 0272, 0273). The per-username lock in
// authenticate.ts stops guessing one account; these stop one client from guessing across accounts and
// from spending the server's CPU on scrypt (each check costs ~50 ms of a core):
// - per client address (lib/auth/client-address.ts: the address through trusted proxies only, IPv6 by
//   its /64): `addressPoints` attempts per `addressWindowS`; past them no hard cut-off, but each further
//   attempt waits longer after the one before (`progressiveDelaySeconds`: 2, 4, 8 … up to 60 s), so a
//   station's clerks behind one NAT wait a minute at worst while a guesser gets a few dozen an hour;
//   a successful sign-in gives its attempt back, once per username and window, so many people signing
//   in from one address do not use up each other's allowance;
// - for everyone together: at most `globalPerSecond` checks a second; more wait in a bounded queue
//   (they do not hold a database connection while waiting), and past the queue they are refused.
// The portal's counters live in PostgreSQL (table "SignInThrottle", rate-limiter-flexible's layout), so
// every server process of the portal (scripts/serve.ts runs several) and every host share one
// allowance; counting in memory would give each process its own. If the database does not answer, a
// counter in this process's memory stands in (the sign-in itself needs the database anyway).
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterQueue, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/db/connection";
import { logUnexpected } from "@/lib/errors";
import { throttleKey } from "./client-address";

export interface ThrottleSettings {
  addressPoints: number;
  addressWindowS: number;
  globalPerSecond: number;
  globalQueue: number;
  /** The wait after the first attempt past the allowance, doubling for each further one (seconds). */
  delayBaseS?: number;
  /** The longest wait between two attempts past the allowance (seconds). */
  delayCapS?: number;
}

export const DEFAULT_THROTTLE: Required<ThrottleSettings> = {
  addressPoints: 20,
  addressWindowS: 10 * 60,
  globalPerSecond: 10,
  globalQueue: 50,
  delayBaseS: 2,
  delayCapS: 60,
};

/** How long the attempt after the `excess`-th one past the allowance waits: base × 2^(excess−1), at most the cap. */
export function progressiveDelaySeconds(options: { excess: number; baseS: number; capS: number }): number {
  if (options.excess <= 0) return 0;
  return Math.min(options.capS, options.baseS * 2 ** Math.min(options.excess - 1, 30));
}

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

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export function createSignInThrottle(settings: ThrottleSettings, store: ThrottleStore = { kind: "memory" }) {
  const baseS = settings.delayBaseS ?? DEFAULT_THROTTLE.delayBaseS;
  const capS = settings.delayCapS ?? DEFAULT_THROTTLE.delayCapS;
  // Attempts in the window; never refuses by itself (the wait below does).
  const attempts = limiter(store, { keyPrefix: "signin-addr", points: Number.MAX_SAFE_INTEGER, duration: settings.addressWindowS });
  // One point: taken by an attempt past the allowance for as long as the next one must wait. Taking it
  // is one atomic step, so of a parallel burst one attempt goes ahead and the rest are told to wait.
  const wait = limiter(store, { keyPrefix: "signin-wait", points: 1, duration: capS });
  // A username's one give-back per address and window.
  const givenBack = limiter(store, { keyPrefix: "signin-ok", points: 1, duration: settings.addressWindowS });
  const globalQueue = new RateLimiterQueue(limiter(store, { keyPrefix: "signin-all", points: settings.globalPerSecond, duration: 1 }), {
    maxQueueSize: settings.globalQueue,
  });
  /** Takes one attempt for this address and one global slot (waiting for it when the server is busy). */
  async function throttle(options: { address: string | null }): Promise<ThrottleResult> {
    const key = throttleKey(options.address);
    const counted = await attempts.consume(key, 1);
    const excess = counted.consumedPoints - settings.addressPoints + 1;
    if (excess > 0) {
      try {
        await wait.consume(key, 1, { customDuration: progressiveDelaySeconds({ excess, baseS, capS }) });
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        // A refused attempt is not counted: asking again while waiting does not make the wait longer.
        await attempts.reward(key, 1);
        return { ok: false, retryAfterSeconds: retryAfter(rejection) };
      }
    }
    try {
      await globalQueue.removeTokens(1);
    } catch {
      return { ok: false, retryAfterSeconds: 5 };
    }
    return { ok: true };
  }
  /** The password was right: the attempt is given back (once per username and window for this address). */
  async function succeeded(options: { address: string | null; username: string }): Promise<void> {
    const key = throttleKey(options.address);
    try {
      await givenBack.consume(`${key}|${options.username}`, 1);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return;
      throw rejection;
    }
    const left = await attempts.reward(key, 1);
    if (left.consumedPoints < settings.addressPoints) await wait.delete(key);
  }
  return Object.assign(throttle, { succeeded });
}

/**
 * A plain limit per key: `points` per `durationS`, then refused until the window ends. Keyed by whatever the
 * caller counts (an account's id for uploads, lib/applications/upload-throttle.ts).
 */
export function createKeyLimit(
  options: { keyPrefix: string; points: number; durationS: number },
  store: ThrottleStore = { kind: "memory" },
) {
  const byKey = limiter(store, { keyPrefix: options.keyPrefix, points: options.points, duration: options.durationS });
  return async function limit(key: string): Promise<ThrottleResult> {
    try {
      await byKey.consume(key, 1);
      return { ok: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: retryAfter(rejection) };
      throw rejection;
    }
  };
}

/** A plain limit per client address (I2: /verify), the address keyed as the sign-in throttle keys it. */
export function createAddressLimit(
  options: { keyPrefix: string; points: number; durationS: number },
  store: ThrottleStore = { kind: "memory" },
) {
  const limit = createKeyLimit(options, store);
  return (request: { address: string | null }): Promise<ThrottleResult> => limit(throttleKey(request.address));
}

/** The counters every throttle of the portal keeps in PostgreSQL: one small pool, made on first use. */
export function portalStore(): ThrottleStore {
  if (!portalPool) {
    portalPool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
    // An idle connection the server closed (a restart) must not become an uncaught exception that
    // stops the server process; the pool replaces it, and the memory counter stands in meanwhile.
    portalPool.on("error", (error) => logUnexpected(error, "throttle pool"));
  }
  return { kind: "postgres", pool: portalPool };
}

let portalPool: pg.Pool | null = null;
let portalThrottle: ReturnType<typeof createSignInThrottle> | null = null;

/**
 * The portal's throttle, made on first use (importing this module needs no database). HUKOU_SIGNIN_PER_ADDRESS
 * raises the per-address allowance (the test run signs in hundreds of times from one address).
 */
export function throttleSignIn(options: { address: string | null }): Promise<ThrottleResult> {
  portalThrottle ??= createSignInThrottle(
    {
      ...DEFAULT_THROTTLE,
      addressPoints:
        Number(process.env.HUKOU_SIGNIN_PER_ADDRESS) > 0 ? Number(process.env.HUKOU_SIGNIN_PER_ADDRESS) : DEFAULT_THROTTLE.addressPoints,
    },
    portalStore(),
  );
  return portalThrottle(options);
}

/** Tells the portal's throttle that a password check behind `throttleSignIn` succeeded (see `succeeded` above). */
export async function signInSucceeded(options: { address: string | null; username: string }): Promise<void> {
  if (!portalThrottle) return;
  await portalThrottle.succeeded(options);
}

let verifyLimit: ReturnType<typeof createAddressLimit> | null = null;

export const VERIFY_PER_MINUTE = 60;

/**
 * I2: certificate checks by code, VERIFY_PER_MINUTE a minute per client address (docs/decisions/0274).
 * HUKOU_VERIFY_PER_MINUTE raises it (the test run checks many codes from one address).
 */
export function throttleVerify(options: { address: string | null }): Promise<ThrottleResult> {
  const asked = Number(process.env.HUKOU_VERIFY_PER_MINUTE);
  verifyLimit ??= createAddressLimit(
    { keyPrefix: "verify-addr", points: asked > 0 ? asked : VERIFY_PER_MINUTE, durationS: 60 },
    portalStore(),
  );
  return verifyLimit(options);
}
