/** A table that scrolls sideways on a phone instead of squeezing its columns. */
export function Table({ caption, head, children }: { caption: string; head: React.ReactNode[]; children: React.ReactNode }) {
  return (
    // Focusable and named, so keyboard users can scroll it too.
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <HeadRow labels={head} />
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <td className={`border-b border-stone-100 px-2 py-2 align-top ${className}`}>{children}</td>;
}

/** A table's header row: one column header per label, in order. */
export function HeadRow({ labels, cellClassName = "px-2 py-2 font-medium" }: { labels: React.ReactNode[]; cellClassName?: string }) {
  return (
    <tr className="border-b border-stone-300 text-stone-600">
      {labels.map((label, i) => (
        <th key={i} scope="col" className={cellClassName}>
          {label}
        </th>
      ))}
    </tr>
  );
}
