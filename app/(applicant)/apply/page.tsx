import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { loadApplyChooser } from "@/lib/applications/apply-reads";
import { todayInChina } from "@/lib/policy";
import { getT } from "@/lib/i18n/server";
import { isDomainErrorCode } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { OutcomeBanner } from "@/components/forms/outcome-banner";
import { EndorsablePermits, START_LINK } from "@/components/apply/endorsable-permits";
import { SLUGS } from "./kinds";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("apply.title");

const LINK = START_LINK;

export default async function ApplyChooser({ searchParams }: { searchParams: Promise<{ registered?: string; error?: string }> }) {
  const actor = await requirePagePermission("create:application:own", "/apply");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const today = todayInChina({ now: new Date() });
  const { permits, household, drafts, user } = await loadApplyChooser({ db: getDb(), actor });
  return (
    <div className="space-y-6">
      <OutcomeBanner
        look="soft"
        outcome={{
          done: params.registered ? t("apply.register.done") : null,
          error: params.error && isDomainErrorCode(params.error) ? t(`errors.${params.error}`) : null,
        }}
      />
      <div>
        <h1 className="text-2xl font-bold">{t("apply.chooser.title")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-stone-700">{t("apply.chooser.intro")}</p>
        {user && !user.identityVerifiedAt ? (
          <p className="mt-3 max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t("apply.unverified")}</p>
        ) : null}
      </div>
      {drafts.length ? (
        <Card title={t("apply.chooser.drafts")}>
          <ul className="divide-y divide-stone-100">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-mono">{d.number}</span> · {t(`kind.${d.kind}`)}
                </span>
                <Link href={`/apply/${d.id}`} className="text-blue-800 underline underline-offset-2">
                  {t("apply.chooser.continue")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {SLUGS.map((slug) => (
          <li key={slug}>
            <Card title={t(`apply.chooser.${slug}` as Parameters<typeof t>[0])} className="h-full">
              <p className="mb-3 leading-relaxed text-stone-700">{t(`apply.chooser.${slug}Body` as Parameters<typeof t>[0])}</p>
              {(slug === "permit_endorsement" || slug === "newborn") && !user?.identityVerifiedAt ? (
                // Both act on the register person's permit or household: only after the ID card was checked (decision 0257).
                <p className="text-stone-600" data-testid={`unverified-${slug}`}>
                  {t("apply.chooser.unverifiedNone")}
                </p>
              ) : slug === "permit_endorsement" ? (
                permits.length ? (
                  <EndorsablePermits permits={permits} today={today} t={t} locale={locale} />
                ) : (
                  <p className="text-stone-600">{t("apply.chooser.permit_endorsementNone")}</p>
                )
              ) : slug === "newborn" && !household ? (
                <p className="text-stone-600">{t("apply.chooser.newbornNone")}</p>
              ) : (
                <Link href={`/apply/new?kind=${slug}`} className={LINK}>
                  {t(`apply.chooser.${slug}` as Parameters<typeof t>[0])}
                </Link>
              )}
            </Card>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/check" className="text-blue-800 underline underline-offset-2">
          {t("apply.chooser.selfCheckFirst")}
        </Link>
      </p>
    </div>
  );
}
