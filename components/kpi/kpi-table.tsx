// A KPI table (lib/stats/kpi-tables.ts) as HTML, with the link that downloads the same rows as CSV.
import type { CsvCell } from "@/lib/export/csv";
import { Table, Td } from "@/components/ui/table";
import { dayOf } from "@/lib/clock/day";

const show = (cell: CsvCell) =>
  cell === null || cell === undefined || cell === "" ? "—" : cell instanceof Date ? dayOf(cell) : String(cell);

export function KpiTable({
  table,
  csvHref,
  csvLabel,
  empty,
}: {
  table: { title: string; header: string[]; rows: CsvCell[][] };
  csvHref: string;
  csvLabel: string;
  empty?: string;
}) {
  return (
    <div className="min-w-0 space-y-2">
      {table.rows.length === 0 && empty ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <Table caption={table.title} head={table.header}>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <Td key={j} className={typeof cell === "number" ? "tabular-nums" : ""}>
                  {show(cell)}
                </Td>
              ))}
            </tr>
          ))}
        </Table>
      )}
      <p>
        <a href={csvHref} className="text-sm font-medium text-blue-800 underline underline-offset-2" download>
          {csvLabel}
        </a>
      </p>
    </div>
  );
}
