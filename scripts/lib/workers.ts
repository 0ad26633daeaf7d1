// How many server processes scripts/serve.ts runs (docs/decisions/0235).

/**
 * One in development (one compiler, one set of hot-reload state); otherwise HUKOU_WORKERS when set, or
 * one per core up to two — a portal process renders on one core at a time, and past two the database
 * and the rest of a small machine need the cores more than a third renderer would.
 */
export function workerCount(options: { dev: boolean; asked: string | undefined; cores: number }): number {
  if (options.dev) return 1;
  if (options.asked !== undefined && options.asked.trim() !== "") {
    const asked = Number(options.asked);
    if (!Number.isInteger(asked) || asked < 1 || asked > 32) {
      throw new Error(
        `HUKOU_WORKERS must be a whole number from 1 to 32 (it is "${options.asked}"); set it so, or unset it for the default`,
      );
    }
    return asked;
  }
  return Math.max(1, Math.min(2, options.cores));
}
