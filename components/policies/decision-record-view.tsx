import type { DecisionRecord } from "./decision-records";

/** One decision record as readable text (its title, paragraphs, lists and tables). */
export function DecisionRecordView({ record }: { record: DecisionRecord }) {
  return (
    <section className="space-y-2 border-t border-stone-200 pt-2" lang="zh-CN">
      <h5 className="font-semibold">{record.title}</h5>
      {record.blocks.map((b, i) =>
        b.kind === "ul" ? (
          <ul key={i} className="list-disc space-y-1 pl-5">
            {b.lines.map((l, j) => (
              <li key={j}>{l}</li>
            ))}
          </ul>
        ) : b.kind === "pre" ? (
          <pre key={i} className="overflow-x-auto whitespace-pre rounded bg-stone-50 p-2 text-xs" tabIndex={0}>
            {b.lines.join("\n")}
          </pre>
        ) : (
          <p key={i}>{b.lines.join(" ")}</p>
        ),
      )}
    </section>
  );
}
