// Data that carries its own two languages (a checklist item's labelZh/labelEn, a unit's name/nameEn, a
// pathway's summary/summaryEn, a note's messageZh/messageEn) is picked by locale here, in one place,
// instead of a hand-written `locale === "en" ? … : …` at every use. A missing or blank English text
// falls back to the Chinese, which is always there.
import type { Locale } from "./index";

export function localized(locale: Locale | string, zh: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : zh;
}
