// The admin catalogue of one language, for client forms that take their words as props.
import type { Locale } from "@/lib/i18n";
import type { Widen } from "@/lib/i18n/widen";
import { adminAreaEn } from "@/lib/i18n/features/admin/en";
import { adminAreaZh } from "@/lib/i18n/features/admin/zh-CN";

export type AdminLabels = Widen<typeof adminAreaZh>;

export function adminLabels(locale: Locale): AdminLabels {
  return locale === "en" ? adminAreaEn : adminAreaZh;
}
