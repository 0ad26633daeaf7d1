import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { Card } from "@/components/ui/card";
import { LandingHero } from "@/components/landing/landing-hero";
import { PolicyPacks } from "@/components/landing/policy-packs";
import { TitledSection } from "@/components/ui/section";
import { OUTLINE_LINK } from "@/components/ui/buttons";

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
      <LandingHero actor={actor} staff={staff} t={t} />

      <TitledSection
        id="verify-title"
        title={t("care.verify.landingTitle")}
        className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6"
        data-testid="landing-verify"
        titleClassName="text-xl font-semibold"
      >
        <p className="mt-1 text-stone-700">{t("care.verify.landingBody")}</p>
        <Link href="/verify" className={`mt-3 ${OUTLINE_LINK}`}>
          {t("care.verify.landingLink")}
        </Link>
      </TitledSection>

      <TitledSection id="for-whom" title={t("landing.forWhom")} className="elder-hidden" titleClassName="mb-3 text-xl font-semibold">
        <div className="grid gap-4 md:grid-cols-3">
          {audiences.map((a) => (
            <Card key={a.title} title={a.title}>
              <p className="leading-relaxed text-stone-700">{a.body}</p>
            </Card>
          ))}
        </div>
      </TitledSection>

      <PolicyPacks t={t} locale={locale} />

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
