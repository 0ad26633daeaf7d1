// File names of uploads (issue 16, L6). A name is what the resident and the clerk read before opening a
// file, so it must show what the file is: "invoice\u202Efdp.exe" rendered as "invoiceexe.pdf". Stored and
// served names therefore lose every control, format (bidi, zero-width) and line-separator character and
// carry the extension of the type sniffed from the bytes; the uploader's own extension is dropped.
import { wellFormed } from "@/lib/format";

/** Controls, format characters (bidi overrides and isolates, zero-width, BOM), line/paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Characters with a meaning in paths or headers on some system. */
const RESERVED = /["<>|:*?\\/]/g;
const EXTENSIONS: Record<string, readonly string[]> = { pdf: ["pdf"], jpg: ["jpg", "jpeg"], png: ["png"] };
const MAX_NAME = 120;

export function extensionOf(mediaType: string): string {
  return mediaType === "image/jpeg" ? "jpg" : mediaType === "image/png" ? "png" : "pdf";
}

/** The name without its path, invisible characters or foreign extension, ending in `.ext` (the sniffed type's). */
export function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").normalize("NFC").replace(INVISIBLE, "").replace(RESERVED, "").trim();
  const ours = EXTENSIONS[ext] ?? [ext];
  const split = (name: string) => {
    const dot = name.lastIndexOf(".");
    return dot < 0 ? { stem: name, own: "" } : { stem: name.slice(0, dot), own: name.slice(dot + 1) };
  };
  let { stem, own } = split(base);
  // A foreign extension goes ("a.exe" → "a"), and one of ours just before it is kept ("a.pdf.exe" → "a.pdf").
  if (own && !ours.includes(own.toLowerCase())) ({ stem, own } = split(stem));
  const keep = own && ours.includes(own.toLowerCase()) ? own : ext;
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, "") || "document";
  return `${
    Array.from(stem)
      .slice(0, MAX_NAME - keep.length - 1)
      .join("")
      .trim() || "document"
  }.${keep}`;
}

/** RFC 8187 value-chars: encodeURIComponent leaves ' ( ) * unencoded, which are not attr-chars. */
function rfc8187(value: string): string {
  return encodeURIComponent(wellFormed(value)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition header: `attachment` unless asked otherwise, an ASCII `filename` for old clients
 * (the given fallback, kept to printable ASCII without quotes) and the real name as `filename*`.
 */
export function contentDisposition(options: { fileName: string; fallback: string; disposition?: "attachment" | "inline" }): string {
  const ascii = options.fallback.replace(/[^\x20-\x7e]|["\\]/g, "_").slice(0, MAX_NAME);
  return `${options.disposition ?? "attachment"}; filename="${ascii}"; filename*=UTF-8''${rfc8187(options.fileName)}`;
}
