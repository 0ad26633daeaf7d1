// Interactive transactions wait longer than Prisma's default (2 s to start, 5 s to run): on a busy small
// server a resident's submission must not fail only because the pool was briefly full.
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
