// The queue's search box: one text field that finds a case by its application number (exact or a
// prefix), by the applicant's name, or by the applicant's full ID number. An ID number is only ever
// matched whole — a prefix or a fragment of one finds nothing — so the box cannot be used to guess a
// number digit by digit while the list shows it masked (docs/decisions/0250).
import type { Prisma } from "@/lib/generated/prisma/client";
import { looksLikeCitizenId, normaliseCitizenId } from "@/lib/registry/citizen-id";

export const SEARCH_MAX = 40;

export type QueueSearch = { by: "number"; value: string } | { by: "citizenId"; value: string } | { by: "name"; value: string };

export type QueueSearchProblem = "TOO_LONG" | "INVALID_CHARACTERS";

export type QueueSearchResult = { ok: true; search: QueueSearch | null } | { ok: false; problem: QueueSearchProblem };

// Control characters (NUL among them) are never part of a name or a number; PostgreSQL refuses NUL in text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Reads what was typed; never throws. Empty text is no search at all. */
export function parseQueueSearch(raw: string | undefined | null): QueueSearchResult {
  if (raw == null) return { ok: true, search: null };
  if (CONTROL.test(raw)) return { ok: false, problem: "INVALID_CHARACTERS" };
  const text = raw.normalize("NFKC").trim();
  if (!text) return { ok: true, search: null };
  if (text.length > SEARCH_MAX) return { ok: false, problem: "TOO_LONG" };
  const compact = normaliseCitizenId(text);
  if (looksLikeCitizenId(compact)) return { ok: true, search: { by: "citizenId", value: compact } };
  // Application numbers are SQ-<year>-<n>; anything with a digit, or starting with the letters of
  // the prefix, is taken for one (names carry no digits). "2026-000123" means SQ-2026-000123.
  const upper = text.replace(/\s+/g, "").toUpperCase();
  if (/\d/.test(upper) || /^SQ(-|$)/.test(upper)) {
    return { ok: true, search: { by: "number", value: /^\d{4}(-|$)/.test(upper) ? `SQ-${upper}` : upper } };
  }
  return { ok: true, search: { by: "name", value: text.replace(/\s+/g, " ") } };
}

/** The where-clause for a parsed search (combined with the actor's scope by the caller). */
export function searchWhere(search: QueueSearch): Prisma.ApplicationWhereInput {
  switch (search.by) {
    case "number":
      return { number: { startsWith: search.value, mode: "insensitive" } };
    case "citizenId":
      return { applicantPerson: { citizenId: search.value } };
    case "name":
      return { applicantPerson: { name: { contains: search.value, mode: "insensitive" } } };
  }
}
