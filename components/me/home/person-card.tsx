import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import type { ApplicantHome } from "@/lib/applications/applicant-home";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import { formatDate, isoDate } from "@/lib/format";
import { Card } from "@/components/ui/card";

/** The linked person's masked identity and whether a clerk has checked the ID card (decision 0257). */
export function PersonCard({ home, t, locale }: { home: ApplicantHome; t: Translate; locale: Locale }) {
  const { person, identityVerifiedAt } = home;
  if (!person) return null;
  return (
    <Card title={t("me.home.personTitle")}>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-stone-600">{t("apply.register.citizenId")}</dt>
          <dd className="font-mono">{maskCitizenId(person.citizenId)}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("me.dashboard.birthYear")}</dt>
          <dd>{t("me.dashboard.birthYearValue", { year: isoDate(person.birthDate).slice(0, 4) })}</dd>
        </div>
        {identityVerifiedAt ? (
          <div>
            <dt className="text-sm text-stone-600">{t("me.home.phone")}</dt>
            <dd className="font-mono">{maskPhone(person.phone) || t("common.none")}</dd>
          </div>
        ) : null}
      </dl>
      {identityVerifiedAt ? (
        <p className="mt-3 text-sm text-green-900">{t("me.dashboard.verified", { date: formatDate(identityVerifiedAt, locale) })}</p>
      ) : (
        <div className="mt-3 space-y-2 rounded bg-amber-50 p-3 text-amber-900" data-testid="not-verified">
          <p className="font-medium">{t("me.dashboard.notVerified")}</p>
          <p className="leading-relaxed" data-testid="register-hidden">
            {t("me.dashboard.unverifiedRegister")}
          </p>
        </div>
      )}
    </Card>
  );
}

export function StartCard({ t }: { t: Translate }) {
  return (
    <Card title={t("me.dashboard.startTitle")}>
      <ul className="space-y-2">
        <li>
          <Link href="/apply" className="font-medium text-brand-700 underline">
            {t("me.dashboard.startApply")}
          </Link>
        </li>
        <li>
          <Link href="/check" className="text-brand-700 underline">
            {t("me.dashboard.startCheck")}
          </Link>
        </li>
      </ul>
    </Card>
  );
}
