// A keyset cursor over (a date, an id) — the clerk's queue and the supervisors' case lists page by it —
// as opaque base64url text; anything unreadable is "no cursor", never an error.
import { z } from "zod";

export interface Cursor {
  d: string | null;
  i: string;
}
const cursorSchema = z.object({ d: z.iso.datetime().nullable(), i: z.uuid() });

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}
export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
