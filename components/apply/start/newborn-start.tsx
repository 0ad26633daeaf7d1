import type { Locale, Translate } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localized";
import { HiddenInputs, type StartAction } from "./hidden-inputs";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

type Household = { householdNumber: string; address: string; station: { name: string; nameEn: string | null } };

/** 新生儿入户: the applicant's own household and its station, or a sentence when there is none. */
export function NewbornStart({
  household,
  hidden,
  createKey,
  action,
  t,
  locale,
}: {
  household: Household | null;
  hidden: Record<string, string | undefined>;
  createKey: string;
  action: StartAction;
  t: Translate;
  locale: Locale;
}) {
  if (!household) return <p>{t("apply.chooser.newbornNone")}</p>;
  return (
    <form action={action} className="space-y-4">
      <HiddenInputs values={{ ...hidden, createKey }} />
      <dl className="space-y-1">
        <dt className="font-medium">{t("apply.start.household")}</dt>
        <dd>{t("apply.section.householdOption", { number: household.householdNumber, address: household.address })}</dd>
        <dt className="pt-2 font-medium">{t("apply.start.station")}</dt>
        <dd>{localized(locale, household.station.name, household.station.nameEn)}</dd>
      </dl>
      <button type="submit" className={PRIMARY_BUTTON}>
        {t("apply.start.create")}
      </button>
    </form>
  );
}
