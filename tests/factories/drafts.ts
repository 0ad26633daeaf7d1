// A draft filled the way the wizard fills it, through the domain functions (the same rules, rows and audit
// trail): every section saved in turn, then the documents the submission finds missing uploaded. The benches'
// ready drafts (scripts/lib/bench-fixtures.ts) are made so; a test may make its drafts so too.
import type { Db } from "../../lib/db";
import type { Actor } from "../../lib/auth/permissions";
import type { BlobStore } from "../../lib/storage";
import { DomainError } from "../../lib/errors";
import { saveSection } from "../../lib/applications/save-section";
import { submitApplication } from "../../lib/applications/submit-application";
import { addDocument } from "../../lib/applications/documents";

/** Saves each section's answers in turn (a fresh draft is at version 1); a refused section throws with its errors. Returns the version. */
export async function saveEverySection(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  answers: Record<string, Record<string, string>>;
  today: string;
}): Promise<number> {
  const { db, actor, applicationId, today } = options;
  let version = 1;
  for (const [section, values] of Object.entries(options.answers)) {
    const saved = await saveSection({ db, actor, applicationId, section, expectedVersion: version, values, today });
    if (saved.errors.length) throw new Error(`draft section ${section} refused: ${JSON.stringify(saved.errors)}`);
    version = saved.version;
  }
  return version;
}

/**
 * Asks for the submission once: with documents missing it is refused and each missing item gets one file
 * (`bytes`); the items are returned. A draft with nothing missing is submitted by it (null); any other
 * refusal is thrown.
 */
export async function uploadMissingDocuments(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  explanation?: string;
  bytes: Uint8Array;
  store?: BlobStore;
}): Promise<string[] | null> {
  const { db, actor, applicationId, bytes, store } = options;
  const missing = await submitApplication({
    db,
    actor,
    applicationId,
    expectedVersion: options.expectedVersion,
    declared: true,
    explanation: options.explanation,
    now: new Date(),
  }).catch((e: unknown) => e);
  if (!(missing instanceof DomainError) || missing.code !== "MISSING_DOCUMENTS") {
    if (missing instanceof Error) throw missing;
    return null;
  }
  for (const item of missing.details) await addDocument({ db, actor, applicationId, item, fileName: `${item}.pdf`, bytes, store });
  return missing.details;
}
