// How much one resident's account may put into the portal (issue 16, M5; docs/decisions/0266). Without
// these one account filled a draft with 300 files (2.9 GB) and opened 30 drafts. Each limit is far
// above what an honest application needs and low enough that one account cannot fill the disk or the
// clerks' queues. The counts are checked inside the transaction that writes, under a lock on the
// account's row (account-limits.ts), so parallel posts cannot pass a limit together. Constants only: the
// i18n catalogue quotes them in the messages.

export const QUANTITY_LIMITS = {
  /**
   * Files under one checklist item of one case. The longest real item — 社保缴费明细 or a 劳动合同 scanned
   * page by page — is about a dozen pages; 20 leaves room for re-scans without deleting.
   */
  filesPerItem: 20,
  /**
   * Bytes of one case: a complete settlement case is 10–15 documents, a few MB each as phone photos or
   * scans (the demo's are a few hundred KB). 100 MB is five times a heavy case; the clerk has to open it all.
   */
  bytesPerCase: 100 * 1024 * 1024,
  /**
   * Bytes over every case the account ever uploaded to (files of withdrawn drafts stay stored, so
   * withdrawing and starting again must not reset it). 500 MB is five full cases at the per-case limit.
   */
  bytesPerAccount: 500 * 1024 * 1024,
  /**
   * Open drafts of one kind: one person applies to settle, for a permit, etc. once at a time; a second draft
   * of the same kind is almost always a mistake (a second one for another place: withdraw the first).
   */
  draftsPerKind: 1,
  /** Open drafts in all: a family may prepare a settlement, a newborn's registration and a permit at once. */
  draftsTotal: 3,
  /**
   * Files stored per account in a sliding window (rate-limiter-flexible, counted in PostgreSQL like
   * sign-in): a whole case is 10–20 files; 60 in 10 minutes allows a case and its retries, and stops a
   * script from pushing the per-account bytes in seconds.
   */
  uploadsPerWindow: 60,
  uploadWindowS: 10 * 60,
} as const;

export type QuantityLimits = { -readonly [K in keyof typeof QUANTITY_LIMITS]: number };

/** Megabytes as the resident reads them in the messages. */
export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
