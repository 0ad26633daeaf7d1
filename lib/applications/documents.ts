// Adding a file to a case: size and type checked from the bytes (never the name), stored by hash,
// then its Document row and audit row written in one transaction. A refused file stores nothing.
// Who may add: the applicant, to their own draft (any checklist item) or to a case waiting for materials
// (补正: only an item of the open request — a checklist id it names, or a free-text item's `other-<n>` key).
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/lib/db";
import { applicationScope } from "@/lib/auth/scope";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { getBlobStore, type BlobStore } from "@/lib/storage";
import { checklistItem } from "./checklist";
import { requestItemFor } from "./request-items";
import { cleanFileName, extensionOf } from "./file-names";
import { checkUploadLimits, lockAccount } from "./account-limits";
import type { QuantityLimits } from "./quantity-limits";
import type { UploadThrottle } from "./upload-throttle";
import { TX_OPTIONS } from "@/lib/db/tx-options";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;

/** Checks the bytes: refuses empty, oversize and anything that is not really a PDF, JPEG or PNG. */
export async function sniffUpload(bytes: Uint8Array): Promise<{ mediaType: (typeof ACCEPTED_MEDIA_TYPES)[number]; ext: string }> {
  if (bytes.byteLength === 0) throw new DomainError("FILE_EMPTY");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new DomainError("FILE_TOO_LARGE");
  const type = await fileTypeFromBuffer(bytes);
  const mediaType = ACCEPTED_MEDIA_TYPES.find((t) => t === type?.mime);
  if (!type || !mediaType) throw new DomainError("FILE_TYPE");
  return { mediaType, ext: type.ext };
}

/**
 * Whether a posted form value is a file the person chose. A file input left empty still posts a part with an
 * empty file name and no bytes, which the server's form parser turns into a 0-byte File named "" or, as
 * Next's action parser does, "undefined". A chosen file that is empty keeps its real name and is refused
 * later as FILE_EMPTY.
 */
export function isChosenFile(value: unknown): value is File {
  return value instanceof File && !(value.size === 0 && (value.name === "" || value.name === "undefined"));
}

/** A file name safe to show and to send back in Content-Disposition (file-names.ts, issue 16 L6). */
export { cleanFileName } from "./file-names";

export interface AddDocumentOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  /** A checklist item id (lib/applications/checklist.ts); during 补正 a key of the open request (request-items.ts). */
  item: string;
  fileName: string;
  bytes: Uint8Array;
  store?: BlobStore;
  /** QUANTITY_LIMITS unless a test narrows them. */
  limits?: QuantityLimits;
  /** Files per account per window (the server actions pass throttleUpload); none in domain tests. */
  throttle?: UploadThrottle;
}

export async function addDocument(options: AddDocumentOptions): Promise<{ id: string; sha256: string }> {
  const actor = requirePermission(options.actor, "create:application:own");
  const app = await options.db.application.findFirst({
    where: { id: options.applicationId, ...applicationScope(actor) },
    select: {
      id: true,
      status: true,
      materialsRequests: { where: { answeredAt: null }, orderBy: { requestedAt: "desc" }, select: { id: true, items: true }, take: 1 },
    },
  });
  if (!app) throw new DomainError("NOT_FOUND");
  if (app.status !== "DRAFT" && app.status !== "NEEDS_MATERIALS") throw new DomainError("INVALID_STATE");
  const request = app.status === "NEEDS_MATERIALS" ? (app.materialsRequests[0] ?? null) : null;
  if (app.status === "NEEDS_MATERIALS" && !request) throw new DomainError("INVALID_STATE");
  const known = request ? requestItemFor(request.items, options.item) !== null : checklistItem(options.item) !== null;
  if (!known) throw new DomainError("VALIDATION", ["item"]);
  if (options.throttle && !(await options.throttle({ userId: actor.id })).ok) throw new DomainError("LIMIT_UPLOAD_RATE", ["item"]);
  const { mediaType, ext } = await sniffUpload(options.bytes);
  const limitsOf = (db: Parameters<typeof checkUploadLimits>[0]["db"]) =>
    checkUploadLimits({
      db,
      userId: actor.id,
      applicationId: app.id,
      item: options.item,
      sizeBytes: options.bytes.byteLength,
      limits: options.limits,
    });
  // Before the bytes are stored, so a file over a limit usually stores nothing; the check that counts is below.
  await limitsOf(options.db);
  const sha256 = await (options.store ?? getBlobStore()).put(options.bytes);
  return options.db.$transaction(async (tx) => {
    // Parallel uploads of this account wait here one for another, so each counts the others' files (M5).
    await lockAccount(tx, actor.id);
    await limitsOf(tx);
    // Re-read inside the transaction: the case may have moved on while the file was being stored.
    const current = await tx.application.findFirst({ where: { id: app.id, status: app.status }, select: { id: true } });
    if (!current) throw new DomainError("INVALID_STATE");
    if (request && (await tx.materialsRequest.count({ where: { id: request.id, answeredAt: null } })) !== 1)
      throw new DomainError("INVALID_STATE");
    const doc = await tx.document.create({
      data: {
        applicationId: app.id,
        kind: options.item,
        fileName: cleanFileName(options.fileName, ext),
        sha256,
        sizeBytes: options.bytes.byteLength,
        mediaType,
        uploadedById: actor.id,
        requestId: request?.id ?? null,
      },
    });
    await writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "document.add",
        entityType: "Document",
        entityId: doc.id,
        data: { applicationId: app.id, item: options.item, requestId: request?.id ?? null, sha256, sizeBytes: doc.sizeBytes, mediaType },
      },
    });
    return { id: doc.id, sha256 };
  }, TX_OPTIONS);
}

/**
 * Who opens uploaded files: the applicant (own cases) and the station's officers, who review them.
 * Supervisors watch the handling, not the person: they see what was filed, never the file (0262).
 */
export function mayOpenFiles(actor: Actor | null): boolean {
  return can(actor, "read:application:own") || can(actor, "read:application:station");
}

/** A document's bytes for someone allowed to open its case's files (applicant: own; clerk: station; no draft for staff). */
export async function readDocument(options: { db: Db; actor: Actor; documentId: string; store?: BlobStore }) {
  const { db, actor } = options;
  // A forbidden file looks exactly like a missing one.
  if (!mayOpenFiles(actor)) throw new DomainError("NOT_FOUND");
  const doc = await db.document.findFirst({
    where: { id: options.documentId, application: applicationScope(actor) },
    select: { id: true, sha256: true, mediaType: true, fileName: true, applicationId: true },
  });
  if (!doc) throw new DomainError("NOT_FOUND");
  const bytes = await (options.store ?? getBlobStore()).get(doc.sha256);
  if (!bytes) throw new DomainError("NOT_FOUND");
  // Cleaned again when served: rows stored before the names were cleaned (L6) may still carry bidi characters.
  return { ...doc, fileName: cleanFileName(doc.fileName, extensionOf(doc.mediaType)), bytes };
}
