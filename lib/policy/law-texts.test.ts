// Every quote in the policy packs stands, word for word, under the clause it cites, in the original text
// checked in under docs/law/ — so a quote cannot drift from the law, nor a citation from its words.
// Anchor scheme and comparison rule: docs/law/README.md, docs/decisions/0275-law-texts-in-the-repo.md.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { policyPacks } from "./packs";
import { RESIDENCE_PERMIT_DECREE, RESIDENCE_PERMIT_DECREE_QUOTE } from "./residence-permit";
import type { Citation, PolicyPack } from "./types";
import { unconditionalRegistrations } from "./unconditional";

const LAW_DIR = path.join(__dirname, "..", "..", "docs", "law");
const MARKER = "<!-- original text below this line, unchanged except for the anchors -->\n";
const ANCHOR = /<a id="([^"]+)"><\/a>/g;
const NUMERAL = "[一二三四五六七八九十]+";
/** A clause as the packs print it: 二 · 三(九) · 四(二十一) · 二(一)2. */
const CLAUSE = new RegExp(`^(${NUMERAL})(?:\\((${NUMERAL})\\)(\\d+)?)?$`);
/** Its anchor id: 二 · 三-九 · 四-二十一 · 二-一-2; an attachment's root is 附件1. */
const ANCHOR_ID = new RegExp(`^(?:${NUMERAL}(?:-${NUMERAL}(?:-\\d+)?)?|附件\\d+)$`);
/** The one parenthetical a pack appends to a local quote: the decree it restates (residencePermitPathway). */
const DECREE_SUFFIX = `（《${RESIDENCE_PERMIT_DECREE}》第二条：${RESIDENCE_PERMIT_DECREE_QUOTE}）`;

/**
 * Citations of acts other than the pack's own document. Their texts are not among the five checked in, so
 * their words are not checked here. Exact on purpose: a new outside citation must be added by hand (and the
 * count below changed), never slip through unchecked.
 */
const NOT_CHECKED_IN = [
  {
    document: RESIDENCE_PERMIT_DECREE,
    clause: "第二条",
    quote: "到其他城市居住半年以上",
    reason:
      "《居住证暂行条例》 (国务院令第663号), a national act: its text is not in the repository. The six months of 第二条 where the local clause does not state them itself (韶关, 乌审旗, 郴州, 黔南).",
  },
  {
    document: RESIDENCE_PERMIT_DECREE,
    clause: "第二条",
    quote: RESIDENCE_PERMIT_DECREE_QUOTE,
    reason:
      "《居住证暂行条例》 第二条 in full: 黔南's draft restates no residence-permit clause, so its pathway cites the decree itself (0112).",
  },
  {
    document: "国发〔2014〕25号",
    clause: "二(一)",
    quote: null,
    reason:
      "黔南's member rules: the draft names no family, the national opinion does (0113). No quote in the pack; the words (NATIONAL_FAMILY_QUOTE) are pinned by qiannan-family.test.ts.",
  },
] as const;
const NOT_CHECKED_IN_COUNT = 3;

/**
 * Quotes that do not stand under their clause as written: findings reported, not yet resolved (a pack change
 * changes what the library shows). Each is expected to fail, so fixing the pack makes this test say "remove
 * the entry". Exact count, like the list above.
 */
const KNOWN_FINDINGS: readonly { clause: string; quote: string; finding: string }[] = [];
const KNOWN_FINDINGS_COUNT = 0;

interface Cited {
  pack: PolicyPack;
  where: string;
  citation: Citation;
  quote: string | null;
}

/** Walks a pack like a tree: every object carrying a citation, with the quote beside it if any. */
function citedIn(pack: PolicyPack): Cited[] {
  const out: Cited[] = [];
  const seen = new Set<object>();
  const walk = (node: unknown, where: string) => {
    if (node === null || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${where}[${i}]`));
      return;
    }
    const record = node as Record<string, unknown>;
    const quote = typeof record.quote === "string" ? record.quote : null;
    const citation = record.citation as Citation | null | undefined;
    if (citation) out.push({ pack, where, citation, quote });
    else if (quote !== null) throw new Error(`${pack.id} ${where}: a quote without a citation`);
    for (const [key, value] of Object.entries(record)) if (key !== "citation") walk(value, `${where}.${key}`);
  };
  walk(pack, pack.id);
  return out;
}

const ownDocument = (pack: PolicyPack) => pack.documentNumber ?? pack.title;

interface LawText {
  header: string;
  body: string;
  anchors: { id: string; start: number; end: number }[];
}

function lawText(pack: PolicyPack): LawText {
  const file = readFileSync(path.join(LAW_DIR, `${pack.id}.md`), "utf8");
  const at = file.indexOf(MARKER);
  if (at < 0) throw new Error(`${pack.id}.md: no marker line`);
  const body = file.slice(at + MARKER.length);
  const anchors = [...body.matchAll(ANCHOR)].map((m) => ({ id: m[1], start: m.index, end: m.index + m[0].length }));
  return { header: file.slice(0, at), body, anchors };
}
const laws = new Map(policyPacks.map((pack) => [pack.id, lawText(pack)]));

function anchorIdOf(clause: string): string {
  const m = CLAUSE.exec(clause);
  if (!m) throw new Error(`clause ${clause}: not of the form 二, 三(九) or 二(一)2`);
  return m.slice(1).filter(Boolean).join("-");
}
const levelOf = (id: string) => id.split("-").length;

/** The clause's text: from its anchor to the next anchor of the same or a higher level, anchors removed. */
function clauseText(law: LawText, clause: string): string | null {
  const id = anchorIdOf(clause);
  const i = law.anchors.findIndex((a) => a.id === id);
  if (i < 0) return null;
  const next = law.anchors.slice(i + 1).find((a) => levelOf(a.id) <= levelOf(id));
  return law.body.slice(law.anchors[i].end, next?.start ?? law.body.length).replace(ANCHOR, "");
}

/** NFKC (full-width punctuation = half-width), then no whitespace at all. Nothing looser. */
const normalise = (text: string) => text.normalize("NFKC").replace(/\s+/gu, "");

/** Each piece between "……" must appear in the clause, in order; the decree's parenthetical is not the clause's. */
function quoteFound(clause: string, quote: string): boolean {
  const own = quote.endsWith(DECREE_SUFFIX) ? quote.slice(0, -DECREE_SUFFIX.length) : quote;
  const text = normalise(clause);
  let from = 0;
  for (const piece of own.split("……").map(normalise)) {
    if (piece === "") return false;
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

const cited = policyPacks.flatMap(citedIn);
const local = cited.filter((c) => c.citation.document === ownDocument(c.pack));
const outside = cited.filter((c) => c.citation.document !== ownDocument(c.pack));
const quoted = local.filter((c): c is Cited & { quote: string } => c.quote !== null);
// Registrations without conditions quote the packs' documents too (unconditional.ts).
const registrationQuotes = unconditionalRegistrations.flatMap((r) =>
  r.citations.map((c) => {
    const pack = policyPacks.find((p) => p.jurisdiction === c.jurisdiction && ownDocument(p) === c.citation.document);
    if (!pack) throw new Error(`${r.kind}: ${c.citation.document} is no pack's document`);
    return { pack, where: `unconditionalRegistrations.${r.kind}`, citation: c.citation, quote: c.quote };
  }),
);

describe("docs/law: the five documents, checked in", () => {
  it.each(policyPacks.map((p) => [p.id, p] as const))("%s.md is the pack's seed file, unchanged but for the anchors", (_, pack) => {
    const law = laws.get(pack.id)!;
    expect(law.header).toContain(`| Title 标题 | ${pack.title} |`);
    expect(law.header).toContain(`| Document number 文号 | ${pack.documentNumber ?? "—"} |`);
    expect(law.header).toContain(`| Taken from | ${pack.seedFile} |`);
    const sha = /\| SHA-256 of that file \| `([0-9a-f]{64})` \|/.exec(law.header)?.[1];
    let original = law.body.replace(ANCHOR, "");
    if (law.header.includes("| Final line break | added here (the original has none) |")) original = original.slice(0, -1);
    expect(createHash("sha256").update(original, "utf8").digest("hex")).toBe(sha);
  });

  it.each(policyPacks.map((p) => [p.id] as const))("%s.md: anchor ids follow the scheme and are unique", (id) => {
    const ids = laws.get(id)!.anchors.map((a) => a.id);
    expect(ids.filter((a) => !ANCHOR_ID.test(a))).toEqual([]);
    expect(ids.filter((a, i) => ids.indexOf(a) !== i)).toEqual([]);
  });

  it("the README lists every document", () => {
    const readme = readFileSync(path.join(LAW_DIR, "README.md"), "utf8");
    for (const pack of policyPacks) expect(readme).toContain(`(${pack.id}.md)`);
  });
});

describe("every quote stands under the clause it cites", () => {
  it("every citation of a pack's own document names an anchored clause", () => {
    const missing = local.filter((c) => clauseText(laws.get(c.pack.id)!, c.citation.clause) === null);
    expect(missing.map((c) => `${c.where} ${c.citation.clause}`)).toEqual([]);
  });

  it.each([...quoted, ...registrationQuotes].map((c) => [c.where, c.citation.clause, c] as const))("%s (%s)", (_, clause, c) => {
    const text = clauseText(laws.get(c.pack.id)!, clause);
    expect(text, `no anchor for ${clause}`).not.toBeNull();
    const known = KNOWN_FINDINGS.some((f) => f.clause === clause && f.quote === c.quote);
    const message = known ? `now found under ${clause}: remove it from KNOWN_FINDINGS` : `not under ${clause}: ${c.quote}`;
    expect(quoteFound(text!, c.quote), message).toBe(!known);
  });

  it("the known findings are exactly as many as written, and each is a quote of the packs", () => {
    expect(KNOWN_FINDINGS).toHaveLength(KNOWN_FINDINGS_COUNT);
    for (const f of KNOWN_FINDINGS) expect(quoted.some((c) => c.citation.clause === f.clause && c.quote === f.quote)).toBe(true);
  });

  it("outside the packs' own documents only the listed citations occur, and the list is exactly as long as written", () => {
    expect(NOT_CHECKED_IN).toHaveLength(NOT_CHECKED_IN_COUNT);
    const key = (c: { document: string; clause: string; quote: string | null }) => JSON.stringify([c.document, c.clause, c.quote]);
    const found = [...new Set(outside.map((c) => key({ ...c.citation, quote: c.quote })))].sort();
    expect(found).toEqual(NOT_CHECKED_IN.map(key).sort());
  });
});

describe("the comparison", () => {
  const clause = "（一）有合法稳定住所(含租赁)的人员, 本人及其配偶。其他人员……可以申请。";
  it("reads full- and half-width punctuation alike and ignores whitespace, nothing more", () => {
    expect(quoteFound(clause, "有合法稳定住所（含租赁）的人员，本人及其配偶。")).toBe(true);
    expect(quoteFound(clause, "有合法稳定住所（含租赁）的人员，本人及其父母。")).toBe(false);
    expect(quoteFound(clause, "有合法稳定住所(含租赁)的人员;本人及其配偶。")).toBe(false);
  });
  it("takes each piece around …… in order", () => {
    expect(quoteFound(clause, "有合法稳定住所……其他人员")).toBe(true);
    expect(quoteFound(clause, "其他人员……有合法稳定住所")).toBe(false);
  });
  it("drops only the decree's own parenthetical", () => {
    expect(quoteFound(clause, `本人及其配偶。${DECREE_SUFFIX}`)).toBe(true);
    expect(quoteFound(clause, "本人及其配偶。（《居住证暂行条例》第二条）")).toBe(false);
  });
});
