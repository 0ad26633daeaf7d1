// A server-rendered SVG chart (lib/stats/chart-svg.ts) with its caption. The markup is ours, built
// from numbers and escaped labels, and holds no script.
export function ChartFigure({ svg, caption, note, className = "" }: { svg: string; caption: string; note?: string; className?: string }) {
  return (
    <figure className={`min-w-0 ${className}`}>
      <div className="w-full max-w-full overflow-hidden" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="mt-1 text-sm text-stone-600">
        {caption}
        {note ? ` ${note}` : ""}
      </figcaption>
    </figure>
  );
}
