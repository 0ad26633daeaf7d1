import type { CaseClock } from "@/lib/clock";
import type { Translate } from "@/lib/i18n";
import { Badge } from "@/components/ui/card";

/** The legal clock as the applicant sees it: the same caseClock the clerk and supervisors see. */
export function CaseClockSummary({
  clock,
  status,
  t,
  formatDay,
}: {
  clock: CaseClock;
  status: string;
  t: Translate;
  formatDay: (iso: string) => string;
}) {
  // A withdrawn case was not 办结 (nothing was decided): say that the clock stopped with the withdrawal.
  if (status === "WITHDRAWN") return <p data-testid="case-clock">{t("care.clock.withdrawn")}</p>;
  if (clock.state === "not_started") return <p>{t("me.clock.notStarted")}</p>;
  return (
    <div className="space-y-1" data-testid="case-clock">
      <p className="text-sm text-stone-600">{t("me.clock.limit", { days: clock.limitWorkingDays })}</p>
      {clock.state === "stopped" ? <p>{t("me.clock.stopped", { used: clock.usedWorkingDays })}</p> : null}
      {clock.state === "paused" ? (
        <p className="font-medium text-amber-900">{t("me.clock.paused", { used: clock.usedWorkingDays })}</p>
      ) : null}
      {clock.state === "running" ? (
        <p className="text-lg font-semibold">
          {clock.remainingWorkingDays >= 0
            ? t("me.clock.remaining", { days: clock.remainingWorkingDays })
            : t("me.clock.overdue", { days: -clock.remainingWorkingDays })}{" "}
          {clock.urgency === "near" ? <Badge tone="warn">{t("me.clock.near")}</Badge> : null}
          {clock.urgency === "overdue" ? <Badge tone="warn">{t("me.clock.late")}</Badge> : null}
        </p>
      ) : null}
      {clock.dueOn && clock.state !== "stopped" ? <p>{t("me.clock.dueOn", { date: formatDay(clock.dueOn) })}</p> : null}
    </div>
  );
}
