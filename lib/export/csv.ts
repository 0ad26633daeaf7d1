// CSV for Excel users: UTF-8 with a byte-order mark (Excel opens Chinese correctly only with it),
// CRLF line ends, RFC 4180 quoting. A cell that starts with = + - @ (or a tab / CR) is prefixed with
// an apostrophe so a spreadsheet never runs it as a formula (CSV injection): exported tables hold
// text typed by residents and clerks.
export type CsvCell = string | number | boolean | Date | null | undefined;

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row and the data rows. */
export function toCsv(options: { header: readonly string[]; rows: readonly (readonly CsvCell[])[] }): string {
  const lines = [options.header, ...options.rows].map((row) => row.map(cell).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}

/** Response headers for a download named `filename` (non-ASCII names per RFC 6266 / 5987). */
export function csvHeaders(filename: string): Record<string, string> {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Cache-Control": "no-store",
  };
}
