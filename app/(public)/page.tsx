import Link from "next/link";
import { policyPacks } from "@/lib/policy/packs";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/auth/session";
import { can, ROLE_HOME } from "@/lib/auth/permissions";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/i18n/localized";

export default async function Landing() {
  const [{ t, locale }, actor] = await Promise.all([getT(), getActor({ passwordChange: "pending-allowed" })]);
  // Staff cannot apply (/apply is the applicants' own): they get their own home by its name instead.
  const staff = actor !== null && !can(actor, "create:application:own");
  const audiences = [
    { title: t("landing.residentsTitle"), body: t("landing.residentsBody") },
    { title: t("landing.clerksTitle"), body: t("landing.clerksBody") },
    { title: t("landing.supervisorsTitle"), body: t("landing.supervisorsBody") },
  ];
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-10">
        <h1 className="text-2xl font-bold leading-snug text-brand-800 sm:text-3xl">{t("landing.heading")}</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed text-stone-800">{t("landing.intro")}</p>
        <Link
          href={actor ? ROLE_HOME[actor.role] : "/signin"}
          className="mt-6 inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          {staff
            ? t(`ratings.staffHome.${actor.role as "CLERK" | "SUPERVISOR" | "ADMIN"}`)
            : actor
              ? t("common.myHome")
              : t("landing.start")}
        </Link>
        {staff ? null : (
          <Link
            href="/apply"
            className="ml-3 mt-6 inline-block rounded border border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("apply.startLink")}
          </Link>
        )}
        {actor ? null : (
          <Link href="/register" className="ml-3 mt-6 inline-block px-2 py-3 font-semibold text-blue-800 underline underline-offset-2">
            {t("apply.registerLink")}
          </Link>
        )}
        <Link
          href="/check"
          className="ml-3 mt-6 inline-block rounded border border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("common.selfCheck")}
        </Link>
      </section>

      <section
        aria-labelledby="verify-title"
        className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6"
        data-testid="landing-verify"
      >
        <h2 id="verify-title" className="text-xl font-semibold">
          {t("care.verify.landingTitle")}
        </h2>
        <p className="mt-1 text-stone-700">{t("care.verify.landingBody")}</p>
        <Link
          href="/verify"
          className="mt-3 inline-block rounded border border-brand-700 px-5 py-3 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {t("care.verify.landingLink")}
        </Link>
      </section>

      <section aria-labelledby="for-whom" className="elder-hidden">
        <h2 id="for-whom" className="mb-3 text-xl font-semibold">
          {t("landing.forWhom")}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {audiences.map((a) => (
            <Card key={a.title} title={a.title}>
              <p className="leading-relaxed text-stone-700">{a.body}</p>
            </Card>
          ))}
        </div>
      </section>

      <section aria-labelledby="policies">
        <h2 id="policies" className="mb-1 text-xl font-semibold">
          {t("landing.policiesTitle")}
        </h2>
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
      </section>

      <Card title={t("landing.principlesTitle")} className="elder-hidden">
        <ul className="list-disc space-y-1 pl-5 text-stone-800">
          <li>{t("landing.principle1")}</li>
          <li>{t("landing.principle2")}</li>
          <li>{t("landing.principle3")}</li>
          <li>{t("landing.principle4")}</li>
        </ul>
      </Card>
    </div>
  );
}
