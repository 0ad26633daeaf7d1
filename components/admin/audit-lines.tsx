// An audit row's data as readable lines (lib/audit/labels.ts dataLines), one per field.
export function AuditLines({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <span className="text-stone-500">—</span>;
  return (
    <ul className="space-y-0.5">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
