import type { Locale, Translate } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localized";
import { policyPacks } from "@/lib/policy/packs";
import { TitledSection } from "@/components/ui/section";

/** The policies in force, one card per pack: place, title, document number and period. */
export function PolicyPacks({ t, locale }: { t: Translate; locale: Locale }) {
  return (
    <TitledSection id="policies" title={t("landing.policiesTitle")} titleClassName="mb-1 text-xl font-semibold">
      <p className="mb-3 text-stone-700">{t("landing.policiesIntro")}</p>
      <ul className="grid gap-3 md:grid-cols-2">
        {policyPacks.map((p) => (
          <li key={p.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <div className="font-semibold">{localized(locale, p.jurisdictionNameZh, p.jurisdictionNameEn)}</div>
            <div className="mt-1 text-stone-800" lang="zh-CN">
              《{p.title}》
            </div>
            <div className="mt-1 text-sm text-stone-600">
              {p.documentNumber ? `${p.documentNumber} · ` : ""}
              {p.period.effectiveFrom} – {p.period.effectiveTo ?? "…"}
            </div>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
