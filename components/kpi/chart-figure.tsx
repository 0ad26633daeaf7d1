// A server-rendered SVG chart (lib/stats/chart-svg.ts) with its caption. The markup is ours, built
// from numbers and escaped labels, and holds no script. Without JavaScript the server cannot know the
// screen's width, so a chart may come in two drawings: the narrow one for phones (legible text at
// 390 px), the wide one from the `sm` breakpoint up; CSS shows one.
export function ChartFigure({
  svg,
  narrowSvg,
  caption,
  note,
  className = "",
}: {
  svg: string;
  narrowSvg?: string;
  caption: string;
  note?: string;
  className?: string;
}) {
  return (
    <figure className={`min-w-0 ${className}`}>
      {narrowSvg ? <div className="w-full max-w-full overflow-hidden sm:hidden" dangerouslySetInnerHTML={{ __html: narrowSvg }} /> : null}
      <div
        className={`w-full max-w-full overflow-hidden ${narrowSvg ? "hidden sm:block" : ""}`}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="mt-1 text-sm text-stone-600">
        {caption}
        {note ? ` ${note}` : ""}
      </figcaption>
    </figure>
  );
}
