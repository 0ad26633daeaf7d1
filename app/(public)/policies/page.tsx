import { localized } from "@/lib/i18n/localized";
import Link from "next/link";
import { nationalPolicyLibrary, policyLibrary } from "@/lib/policy";
import { getT } from "@/lib/i18n/server";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("policies.title");

export default async function PolicyLibraryIndex() {
  const { t, locale } = await getT();
  const period = (from: string, to: string | null) => (to ? t("policies.periodRange", { from, to }) : t("policies.periodOpen", { from }));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("policies.title")}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t("policies.intro")}</p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2">
        {policyLibrary.map((p) => (
          <li key={p.id}>
            <Link
              href={`/policies/${p.jurisdiction}`}
              className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-700"
            >
              <div className="font-semibold">{localized(locale, p.nameZh, p.nameEn)}</div>
              <div lang="zh-CN">
                《{p.title}》{p.documentNumber ?? ""}
              </div>
              <div className="text-sm text-stone-600">
                {period(p.effectiveFrom, p.effectiveTo)} ·{" "}
                {p.nature === "draft_for_comment" ? t("policies.draft") : p.effectiveTo ? t("policies.expired") : t("policies.inForce")} ·{" "}
                {t("policies.pathways")} {p.pathways.length}
              </div>
            </Link>
          </li>
        ))}
        {nationalPolicyLibrary.map((a) => (
          <li key={a.id}>
            <Link href="/policies/national" className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-700">
              <div className="font-semibold">{t("policies.national")}</div>
              <div lang="zh-CN">
                《{a.title}》{a.documentNumber ?? ""}
              </div>
              <div className="text-sm text-stone-600">{period(a.effectiveFrom, a.effectiveTo)}</div>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="age-title" className="max-w-3xl rounded-lg border border-stone-200 bg-white p-4" data-testid="age-note">
        <h2 id="age-title" className="mb-1 font-semibold">
          {t("policies.ageTitle")}
        </h2>
        <p className="leading-relaxed text-stone-800">{t("policies.ageBody")}</p>
      </section>
    </div>
  );
}
