import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDate } from "@/lib/format";
import { chinaMidnight } from "@/lib/clock/day";
import { localized } from "@/lib/i18n/localized";
import type { endorsementWindow } from "@/lib/permits/endorsement-window";
import { HiddenInputs, type StartAction } from "./hidden-inputs";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

type Named = { name: string; nameEn: string | null };
type Permit = { id: string; number: string; validUntil: Date; jurisdiction: Named; station: Named };

/** 签注: the permit and its station, and what the one window allows (start-application.ts refuses the same). */
export function PermitStart({
  permit,
  window: w,
  hidden,
  createKey,
  action,
  t,
  locale,
}: {
  permit: Permit;
  window: ReturnType<typeof endorsementWindow>;
  hidden: Record<string, string | undefined>;
  createKey: string;
  action: StartAction;
  t: Translate;
  locale: Locale;
}) {
  const name = (u: Named) => localized(locale, u.name, u.nameEn);
  const day = (iso: string) => formatDate(chinaMidnight(iso), locale);
  const facts = (
    <dl className="space-y-1">
      <dt className="font-medium">{t("apply.start.permit")}</dt>
      <dd>
        {t("apply.section.permitInfo", {
          number: permit.number,
          place: name(permit.jurisdiction),
          date: formatDate(permit.validUntil, locale),
        })}
      </dd>
      <dt className="pt-2 font-medium">{t("apply.start.station")}</dt>
      <dd>{name(permit.station)}</dd>
    </dl>
  );
  // Early names the window and offers nothing; late states the consequence before the holder starts.
  if (w.state === "open" || w.state === "late") {
    return (
      <form action={action} className="space-y-4">
        <HiddenInputs values={{ ...hidden, permitId: permit.id, createKey }} />
        {facts}
        {w.state === "open" ? (
          <p className="rounded bg-amber-50 p-3">{t("me.endorse.open", { from: day(w.opensOn), to: day(w.anniversary) })}</p>
        ) : (
          <p className="rounded bg-red-50 p-3 text-red-900" data-testid="endorse-late">
            {t("endorseWindow.late", { number: permit.number, date: day(w.anniversary) })}
          </p>
        )}
        <button type="submit" className={PRIMARY_BUTTON}>
          {t("apply.start.create")}
        </button>
      </form>
    );
  }
  return (
    <div className="space-y-4">
      {facts}
      <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="endorse-window">
        {w.state === "not_yet"
          ? t("endorseWindow.notYet", { number: permit.number, from: day(w.opensOn), to: day(w.anniversary) })
          : t("endorseWindow.none", { number: permit.number })}
      </p>
      <p>
        <Link href="/me" className="text-blue-800 underline underline-offset-2">
          {t("endorseWindow.backToMe")}
        </Link>
      </p>
    </div>
  );
}
