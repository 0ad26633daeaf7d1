// The demo documents' files: every sample the plan's Document rows name goes into the blob store
// (idempotent — content-addressed, so a re-run stores nothing new), and rows written by an older seed
// that named a stand-in hash with no file behind it are pointed at the sample of their kind.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BlobStore } from "@/lib/storage";
import type { DemoPlan } from "./plan-types";
import { standInHash } from "./case-history";
import { sampleBytes, SAMPLE_DOCUMENTS } from "./sample-documents";

export async function storeSampleDocuments(options: { store: BlobStore; plan: DemoPlan }): Promise<number> {
  const wanted = new Set(options.plan.applications.flatMap((a) => a.documents.map((d) => d.sha256)));
  let stored = 0;
  for (const key of Object.keys(SAMPLE_DOCUMENTS)) {
    const { bytes, sha256 } = sampleBytes(key);
    if (!wanted.has(sha256)) continue;
    const put = await options.store.put(bytes);
    if (put !== sha256) throw new Error(`seed: the store returned ${put} for sample ${key} (${sha256})`);
    stored += 1;
  }
  return stored;
}

/**
 * Rows the seed itself wrote before samples existed still carry the stand-in hash (no upload ever has
 * it, nobody changes a Document's bytes): give them the sample's file, name, size and type. A database
 * seeded with files matches nothing and changes nothing.
 */
export async function repairStandInDocuments(options: { tx: Prisma.TransactionClient; plan: DemoPlan }): Promise<number> {
  const planned = options.plan.applications.flatMap((a) =>
    a.documents.map((d) => ({ ...d, standIn: standInHash({ number: a.number, kind: d.kind }) })),
  );
  const stale = await options.tx.document.findMany({
    where: { id: { in: planned.map((d) => d.id) }, sha256: { in: planned.map((d) => d.standIn) } },
    select: { id: true },
  });
  if (stale.length === 0) return 0;
  const byId = new Map(planned.map((d) => [d.id, d]));
  // One update per sample (same file, name, size and type), not one per row.
  const groups = new Map<
    string,
    { data: { sha256: string; sizeBytes: number; mediaType: string; fileName: string }; ids: string[]; standIns: string[] }
  >();
  for (const row of stale) {
    const d = byId.get(row.id)!;
    const key = `${d.sha256}|${d.fileName}`;
    const group = groups.get(key) ?? {
      data: { sha256: d.sha256, sizeBytes: d.sizeBytes, mediaType: d.mediaType, fileName: d.fileName },
      ids: [],
      standIns: [],
    };
    group.ids.push(d.id);
    group.standIns.push(d.standIn);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    await options.tx.document.updateMany({ where: { id: { in: g.ids }, sha256: { in: g.standIns } }, data: g.data });
  }
  return stale.length;
}
