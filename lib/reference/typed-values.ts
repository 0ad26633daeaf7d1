// What an administrator typed into a reference-data form, carried through the redirect that lists the
// problems (`?errors=…&typed=…`), so the form comes back filled in — also without JavaScript, where
// the post is a full page load and nothing else remembers the input. Only short text fields travel
// (figures, years, a source note): base64url JSON, each value and the whole capped, no keys but plain
// field names. Pure: the action encodes, the page decodes.
import { firstValue } from "@/lib/search-params";

const MAX_VALUE = 500;
const MAX_ENCODED = 4000;
const FIELD = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

/** The posted fields as one URL-safe parameter; null when there is nothing to carry or it is too long. */
export function encodeTyped(values: Record<string, string>): string | null {
  const kept = Object.fromEntries(
    Object.entries(values)
      .filter(([k, v]) => FIELD.test(k) && typeof v === "string")
      .map(([k, v]) => [k, v.slice(0, MAX_VALUE)]),
  );
  if (Object.keys(kept).length === 0) return null;
  const encoded = Buffer.from(JSON.stringify(kept), "utf8").toString("base64url");
  return encoded.length <= MAX_ENCODED ? encoded : null;
}

/** The fields back from the parameter; null for a missing or malformed one (the form then shows the stored row). */
export function decodeTyped(param: string | string[] | undefined): Record<string, string> | null {
  const raw = firstValue(param);
  if (!raw || raw.length > MAX_ENCODED || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) if (FIELD.test(k) && typeof v === "string") out[k] = v.slice(0, MAX_VALUE);
    return out;
  } catch {
    return null;
  }
}
