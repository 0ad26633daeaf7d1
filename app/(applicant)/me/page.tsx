import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { chinaDate } from "@/lib/clock";
import { loadApplicantHome } from "@/lib/applications/applicant-home";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { PersonCard, StartCard } from "@/components/me/home/person-card";
import { NoticesCard } from "@/components/me/home/notices-card";
import { CasesCard, DraftsCard } from "@/components/me/home/applications-cards";
import { HouseholdCard, PermitsCard } from "@/components/me/home/register-cards";

export const generateMetadata = pageMetadata("me.home.title");

export default async function ApplicantHome() {
  const actor = await requirePagePermission("read:application:own", "/me");
  const { t, locale } = await getT();
  const home = await loadApplicantHome({ db: getDb(), actor });
  const now = new Date();
  const place = (j: { name: string; nameEn: string | null }) => (locale === "en" ? (j.nameEn ?? j.name) : j.name);
  const formatDay = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`), locale);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("me.home.greeting", { name: actor.displayName })}</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <PersonCard home={home} t={t} locale={locale} />
        <StartCard t={t} />
      </div>
      <NoticesCard home={home} t={t} locale={locale} />
      <DraftsCard home={home} t={t} place={place} />
      <CasesCard home={home} t={t} place={place} formatDay={formatDay} now={now} />
      {/* An account nobody has verified yet shows nothing of the register (the scopes answer nothing), and
          says so and how to change it, rather than "no household" (decision 0257). */}
      {home.identityVerifiedAt ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <HouseholdCard home={home} t={t} />
          <PermitsCard home={home} t={t} place={place} formatDay={formatDay} today={chinaDate(now)} />
        </div>
      ) : null}
    </div>
  );
}
