// The admin catalogue of one language, for client forms that take their words as props.
import type { Locale } from "@/lib/i18n";
import type { Widen } from "@/lib/i18n/widen";
import { adminAreaEn, adminAreaZh } from "@/lib/i18n/features/admin";

export type AdminLabels = Widen<typeof adminAreaZh>;

export function adminLabels(locale: Locale): AdminLabels {
  return locale === "en" ? adminAreaEn : adminAreaZh;
}
