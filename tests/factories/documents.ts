// A file on a case, for any test: the row an upload stores. By default the ID card as a 10-byte PDF whose
// content hash is all zeros (no test reads the bytes unless it stores them itself and passes their hash).
import type { Db } from "../../lib/db";

/** A tiny valid PDF, as the bytes an upload takes. */
export const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
/** The same bytes as a Buffer (a view of them), for Playwright's file uploads. */
export const PDF_BUFFER = Buffer.from(PDF.buffer, PDF.byteOffset, PDF.byteLength);

export interface DocumentOptions {
  applicationId: string;
  uploadedById: string;
  kind?: string;
  fileName?: string;
  sha256?: string;
  sizeBytes?: number;
  mediaType?: string;
}

export function makeDocument(db: Db, options: DocumentOptions) {
  return db.document.create({
    data: {
      applicationId: options.applicationId,
      kind: options.kind ?? "id_card",
      fileName: options.fileName ?? "id.pdf",
      sha256: options.sha256 ?? "0".repeat(64),
      sizeBytes: options.sizeBytes ?? 10,
      mediaType: options.mediaType ?? "application/pdf",
      uploadedById: options.uploadedById,
    },
  });
}
