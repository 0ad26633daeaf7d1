// The items of a 补正 request and the key each one is answered under. A checklist item is answered by
// Documents of its checklist kind ("lease"); a free-text item ("其他事项") has no checklist kind, so its
// files carry the key `other-<n>`, n being the item's place (1-based) in the request's list — always read
// together with Document.requestId, which says which request the number belongs to (decision record 0246).
// Pure: no database, no framework.
import { checklistItem } from "./checklist";

export interface RequestedItem {
  /** A checklist item id, or null for a free-text item. */
  item: string | null;
  note: string;
}

export interface KeyedRequestItem extends RequestedItem {
  /** The Document.kind its files carry: the checklist id, or `other-<n>`. */
  key: string;
  /** 1-based place in the request's list. */
  position: number;
}

const FREE_TEXT_KEY = /^other-([1-9][0-9]?)$/;

/** The items of a request as stored (JSON), read defensively: anything malformed is left out. */
export function requestedItems(items: unknown): RequestedItem[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((raw) => {
    if (!raw || typeof raw !== "object") return [];
    const { item, note } = raw as { item?: unknown; note?: unknown };
    return [{ item: typeof item === "string" && item ? item : null, note: typeof note === "string" ? note : "" }];
  });
}

/** The key a free-text item at `position` (1-based) is answered under. */
export function freeTextKey(position: number): string {
  return `other-${position}`;
}

/** The position a free-text key names, or null when `kind` is not one. */
export function freeTextPosition(kind: string): number | null {
  const m = FREE_TEXT_KEY.exec(kind);
  return m ? Number(m[1]) : null;
}

/**
 * Every item of a stored request with its answer key. Positions follow the stored list (malformed entries
 * keep their place so the numbers never shift); a checklist id the portal no longer knows is left out.
 */
export function keyedRequestItems(items: unknown): KeyedRequestItem[] {
  if (!Array.isArray(items)) return [];
  const read = items.map((raw) => requestedItems([raw])[0] ?? null);
  return read.flatMap((i, index) => {
    if (!i) return [];
    const position = index + 1;
    if (i.item === null) return [{ ...i, key: freeTextKey(position), position }];
    return checklistItem(i.item) ? [{ ...i, key: i.item, position }] : [];
  });
}

/** The item of a request that `key` answers, or null: only the request's own items are accepted. */
export function requestItemFor(items: unknown, key: string): KeyedRequestItem | null {
  return keyedRequestItems(items).find((i) => i.key === key) ?? null;
}

/**
 * Items not answered yet: a checklist item needs a file uploaded in answer to the request; a free-text
 * item needs a file or the applicant's written answer (the note), since it may ask for an explanation
 * rather than a paper. Keys, each once, in the request's order.
 */
export function unansweredKeys(options: {
  items: readonly KeyedRequestItem[];
  answeredKinds: ReadonlySet<string>;
  hasNote: boolean;
}): string[] {
  const missing = options.items.flatMap((i) => {
    if (options.answeredKinds.has(i.key)) return [];
    if (i.item === null && options.hasNote) return [];
    return [i.key];
  });
  return [...new Set(missing)];
}
