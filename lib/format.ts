// Dates shown to people: calendar dates in China Standard Time, whatever the server's zone.
import type { Translate } from "@/lib/i18n";
import { dayOf } from "@/lib/clock/day";

const TZ = "Asia/Shanghai";

// Building an Intl.DateTimeFormat costs far more than using one (it showed in the load profile, with
// dozens of dates on a queue page): one formatter per locale and shape, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: TZ,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hour12: false } : {}),
    });
    // Only the portal's two locales reach here; the bound keeps a stray value from growing the map.
    if (formatters.size < 16) formatters.set(key, f);
  }
  return f;
}

export function formatDate(value: Date | null | undefined, locale: string): string {
  if (!value) return "—";
  return formatter(locale, false).format(value);
}

export function formatDateTime(value: Date | null | undefined, locale: string): string {
  if (!value) return "—";
  return formatter(locale, true).format(value);
}

/** A @db.Date value (stored as UTC midnight) as YYYY-MM-DD. */
export function isoDate(value: Date): string {
  return dayOf(value);
}

/**
 * An officer as shown wherever one is chosen or named: "王警官（警号 052718）". Two officers may share a
 * name; the 警号 (User.badgeNumber) tells them apart. Without one, the name alone.
 */
export function staffName(options: { user: { displayName: string; badgeNumber?: string | null }; t: Translate }): string {
  const { user, t } = options;
  return user.badgeNumber ? t("workbench.staffWithBadge", { name: user.displayName, badge: user.badgeNumber }) : user.displayName;
}

/**
 * A moment for a file people open in a spreadsheet: China time with its offset stated,
 * "2026-12-07 13:05:09 +08:00" — the same clock the pages show, and unambiguous on its own.
 */
export function chinaTimestamp(value: Date): string {
  const shifted = new Date(value.getTime() + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19).replace("T", " ")} +08:00`;
}

/** Half a surrogate pair (which encodeURIComponent throws on, and jsonb refuses) becomes U+FFFD, as String#toWellFormed does. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
