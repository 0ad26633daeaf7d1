import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { EndorsementWindow } from "@/lib/permits/endorsement-window";
import { Badge } from "@/components/ui/card";

export interface PermitView {
  id: string;
  number: string;
  status: "VALID" | "SUSPENDED" | "EXPIRED" | "CANCELLED";
  place: string;
  validUntil: string;
  window: EndorsementWindow;
  /** An endorsement case already open for this permit: shown instead of the offer. */
  openCase: { id: string; number: string; status: string; draft: boolean } | null;
}

/** A permit with its endorsement (签注) offer when the window is open or late. */
export function PermitCard({ permit, t, formatDay }: { permit: PermitView; t: Translate; formatDay: (iso: string) => string }) {
  const w = permit.window;
  const offer = `/apply/new?kind=permit_endorsement&permitId=${permit.id}`;
  return (
    <li className="rounded border border-stone-200 p-3" data-testid={`permit-${permit.number}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-mono">{permit.number}</span>
        <Badge tone={permit.status === "VALID" ? "ok" : "warn"}>{t(`permitStatus.${permit.status}`)}</Badge>
      </div>
      <p className="mt-1 text-sm text-stone-700">
        {permit.place} · {t("me.home.validUntil")} {permit.validUntil}
      </p>
      {permit.openCase ? (
        <p className="mt-2 text-sm">
          <Link
            href={permit.openCase.draft ? `/apply/${permit.openCase.id}` : `/me/cases/${permit.openCase.id}`}
            className="text-brand-700 underline"
          >
            {t("me.endorse.inProgress", {
              number: permit.openCase.number,
              status: t(`status.${permit.openCase.status as "SUBMITTED"}`),
            })}
          </Link>
        </p>
      ) : w.state === "not_yet" ? (
        <p className="mt-2 text-sm text-stone-700">
          {t("me.endorse.notYet", { from: formatDay(w.opensOn), to: formatDay(w.anniversary) })}
        </p>
      ) : w.state === "open" ? (
        <div className="mt-2 space-y-2 rounded bg-amber-50 p-3">
          <p>{t("me.endorse.open", { from: formatDay(w.opensOn), to: formatDay(w.anniversary) })}</p>
          <Link
            href={offer}
            className="inline-block rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
            aria-label={t("me.endorse.applyLabel", { number: permit.number })}
          >
            {t("me.endorse.apply")}
          </Link>
        </div>
      ) : w.state === "late" ? (
        <div className="mt-2 space-y-2 rounded bg-red-50 p-3">
          <p className="text-red-900">{t("me.endorse.late", { date: formatDay(w.anniversary) })}</p>
          <Link
            href={offer}
            className="inline-block rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
            aria-label={t("me.endorse.applyLabel", { number: permit.number })}
          >
            {t("me.endorse.applyLate")}
          </Link>
        </div>
      ) : permit.status !== "CANCELLED" ? (
        <p className="mt-2 text-sm text-stone-700">{t("me.endorse.none")}</p>
      ) : null}
    </li>
  );
}
