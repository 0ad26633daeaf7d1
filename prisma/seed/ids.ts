// Deterministic primary keys: the same demo row gets the same id on every fresh database, so a link
// to a demo case in a README or a test stays valid. The writer still looks rows up by their natural
// key first and uses the stored id when one exists (a row may predate the seed).
import { createHash } from "node:crypto";

export function seedId(options: { table: string; key: string }): string {
  const h = createHash("sha256").update(`hukou-seed:${options.table}:${options.key}`).digest("hex");
  // Shaped like an RFC 9562 version-8 (custom) UUID so nothing mistakes it for a random v4.
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
