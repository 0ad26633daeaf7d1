import { isDemoSession } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

/**
 * Shown above the header on every page while a demo account is signed in (issue 16 M6): its password
 * is public, so no one should take its screens for a real office's or type real data into them.
 */
export async function DemoBanner() {
  if (!(await isDemoSession())) return null;
  const { t } = await getT();
  return (
    <aside aria-label={t("demo.bannerLabel")} data-testid="demo-banner" className="border-b-2 border-amber-500 bg-amber-100 text-amber-950">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm font-medium">
        <strong className="mr-2 rounded bg-amber-800 px-1.5 py-0.5 text-white">{t("demo.bannerLabel")}</strong>
        {t("demo.banner")}
      </p>
    </aside>
  );
}
