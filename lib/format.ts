// Dates shown to people: calendar dates in China Standard Time, whatever the server's zone.
const TZ = "Asia/Shanghai";

export function formatDate(value: Date | null | undefined, locale: string): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
}

export function formatDateTime(value: Date | null | undefined, locale: string): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(value);
}

/** A @db.Date value (stored as UTC midnight) as YYYY-MM-DD. */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
