import type { Metadata, Viewport } from "next";
import "./globals.css";
import { getT } from "@/lib/i18n/server";
import { cookies } from "next/headers";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "@/app/actions/sign-out";
import { DemoBanner } from "@/components/demo-banner";
import { ELDER_COOKIE, isElderOn } from "@/lib/elder-mode";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: { default: t("meta.title"), template: `%s · ${t("meta.title")}` }, description: t("meta.description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, jar] = await Promise.all([getT(), cookies()]);
  // The 长辈版 is a class on <html> set here on the server: the first paint is already large.
  const elder = isElderOn(jar.get(ELDER_COOKIE)?.value);
  return (
    <html lang={locale} className={elder ? "elder" : undefined} data-elder={elder ? "on" : "off"}>
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="skip-link">
          {t("common.skipToContent")}
        </a>
        <DemoBanner />
        <SiteHeader elder={elder} signOutAction={signOutAction} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-stone-600">
            <p>{t("common.footer")}</p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- kept a plain link in the issue-17 refactor: behaviour unchanged */}
            <a href="/verify" className="text-blue-800 underline underline-offset-2">
              {t("care.verify.footerLink")}
            </a>
          </div>
        </footer>
      </body>
    </html>
  );
}
