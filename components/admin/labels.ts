// The admin catalogue of one language, for client forms that take their words as props.
import type { Locale } from "@/lib/i18n";
import type { Widen } from "@/lib/i18n/widen";
import { adminEn } from "@/lib/i18n/features/admin/en";
import { adminZh } from "@/lib/i18n/features/admin/zh-CN";

export type AdminLabels = Widen<typeof adminZh>;

export function adminLabels(locale: Locale): AdminLabels {
  return locale === "en" ? adminEn : adminZh;
}
