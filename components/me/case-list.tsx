import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { CaseClock } from "@/lib/clock";
import { Badge } from "@/components/ui/card";
import { statusTone } from "@/components/status-tone";

export interface CaseRow {
  id: string;
  number: string;
  kind: string;
  status: string;
  place: string;
  clock: CaseClock;
  dueOn: string | null;
}

/** The applicant's cases as cards (a table would overflow a phone), each with its clock's urgency. */
export function CaseList({ cases, t }: { cases: CaseRow[]; t: Translate }) {
  return (
    <ul className="space-y-3" data-testid="cases">
      {cases.map((c) => (
        <li key={c.id} className="rounded border border-stone-200 p-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <span className="font-medium">{t(`kind.${c.kind as "SETTLEMENT"}`)}</span>{" "}
              <span className="font-mono text-sm text-stone-700">{c.number}</span>
            </span>
            <Badge tone={statusTone(c.status)}>{t(`status.${c.status as "SUBMITTED"}`)}</Badge>
          </div>
          <p className="text-sm text-stone-700">{c.place}</p>
          <p className="text-sm">
            {c.clock.state === "running" ? (
              <>
                {c.clock.remainingWorkingDays >= 0
                  ? t("me.clock.remaining", { days: c.clock.remainingWorkingDays })
                  : t("me.clock.overdue", { days: -c.clock.remainingWorkingDays })}
                {c.dueOn ? ` · ${t("me.clock.dueOn", { date: c.dueOn })}` : ""}{" "}
                {c.clock.urgency === "near" ? <Badge tone="warn">{t("me.clock.near")}</Badge> : null}
                {c.clock.urgency === "overdue" ? <Badge tone="warn">{t("me.clock.late")}</Badge> : null}
              </>
            ) : c.clock.state === "paused" ? (
              <span className="text-amber-900">{t("me.clock.paused", { used: c.clock.usedWorkingDays })}</span>
            ) : null}
          </p>
          <Link
            href={`/me/cases/${c.id}`}
            className="mt-1 inline-block text-brand-700 underline"
            aria-label={t("me.dashboard.openLabel", { number: c.number })}
          >
            {t("me.dashboard.open")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
