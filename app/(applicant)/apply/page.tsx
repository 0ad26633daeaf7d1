import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { applicationScope, householdScope, permitScope } from "@/lib/auth/scope";
import { formatDate } from "@/lib/format";
import { todayInChina } from "@/lib/policy";
import { endorsementWindow } from "@/lib/permits/endorsement-window";
import { getT } from "@/lib/i18n/server";
import { isDomainErrorCode } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { SLUGS } from "./kinds";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("apply.title") };
}

const LINK = "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

export default async function ApplyChooser({ searchParams }: { searchParams: Promise<{ registered?: string; error?: string }> }) {
  const actor = await requirePagePermission("create:application:own", "/apply");
  const [{ t, locale }, params] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const today = todayInChina({ now: new Date() });
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`), locale);
  const [permits, household, drafts, user] = await Promise.all([
    db.residencePermit.findMany({
      where: { ...permitScope(actor), status: { in: ["VALID", "SUSPENDED"] } },
      orderBy: { issuedOn: "desc" },
    }),
    db.household.findFirst({
      where: { ...householdScope(actor), closedOn: null, memberships: { some: { personId: actor.personId ?? "", validTo: null } } },
      select: { id: true },
    }),
    db.application.findMany({
      where: { ...applicationScope(actor), status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: { id: true, number: true, kind: true },
    }),
    db.user.findUnique({ where: { id: actor.id }, select: { identityVerifiedAt: true } }),
  ]);
  return (
    <div className="space-y-6">
      {params.registered ? (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">
          {t("apply.register.done")}
        </p>
      ) : null}
      {params.error && isDomainErrorCode(params.error) ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-red-900">
          {t(`errors.${params.error}`)}
        </p>
      ) : null}
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
                  <ul className="space-y-3">
                    {permits.map((p) => {
                      // Offered only in its window (lib/permits/endorsement-window.ts): early, the dates; late, the consequence.
                      const w = endorsementWindow({ permit: p, today });
                      const label = t("apply.chooser.permitLabel", { number: p.number, date: formatDate(p.validUntil, locale) });
                      return (
                        <li key={p.id} data-testid={`endorse-${p.number}`}>
                          {w.state === "open" || w.state === "late" ? (
                            <>
                              {w.state === "late" ? (
                                <p className="mb-2 rounded bg-red-50 p-2 text-sm text-red-900">
                                  {t("endorseWindow.late", { number: p.number, date: day(w.anniversary) })}
                                </p>
                              ) : null}
                              <Link href={`/apply/new?kind=permit_endorsement&permitId=${p.id}`} className={LINK}>
                                {label}
                              </Link>
                            </>
                          ) : (
                            <p className="text-stone-700">
                              <span className="font-medium">{label}</span>
                              <br />
                              {w.state === "not_yet"
                                ? t("endorseWindow.notYetShort", { from: day(w.opensOn), to: day(w.anniversary) })
                                : t("endorseWindow.none", { number: p.number })}
                            </p>
                          )}
                        </li>
                      );
                    })}
                  </ul>
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
