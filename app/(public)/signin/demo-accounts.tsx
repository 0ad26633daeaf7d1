import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/users";
import type { Locale } from "@/lib/i18n";
import { translator } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localized";
import { TitledSection } from "@/components/ui/section";

/** Shown only when the portal runs with demo data (HUKOU_DEMO=1, set by `npm start`). */
export function DemoAccounts({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <TitledSection
      id="demo-title"
      title={t("signin.demoTitle")}
      className="rounded-lg border border-amber-300 bg-amber-50 p-6"
      titleClassName="mb-2 text-lg font-semibold"
    >
      <p className="mb-3 text-sm">
        {t("signin.demoNote")} <code className="rounded bg-white px-1.5 py-0.5 font-mono">{DEMO_PASSWORD}</code>
      </p>
      <ul className="space-y-2 text-sm">
        {DEMO_ACCOUNTS.map((a) => (
          <li key={a.username} className="flex flex-wrap items-baseline gap-x-2">
            <code className="font-mono font-semibold">{a.username}</code>
            <span>{t(`roles.${a.role}`)}</span>
            <span className="text-stone-700">{localized(locale, a.scopeZh, a.scopeEn)}</span>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
