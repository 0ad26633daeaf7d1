import type { Citation } from "@/lib/policy";

/** Remarks that go with a policy or an answer (e.g. that settling never costs land rights), each with its clause. */
export function PolicyNotes({
  notes,
  en,
}: {
  notes: readonly { code: string; citation: Citation | null; messageZh: string; messageEn: string }[];
  en: boolean;
}) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-stone-800">
      {notes.map((n) => (
        <li key={n.code}>
          {en ? n.messageEn : n.messageZh}
          {n.citation ? `（${n.citation.document} ${n.citation.clause}）` : ""}
        </li>
      ))}
    </ul>
  );
}
