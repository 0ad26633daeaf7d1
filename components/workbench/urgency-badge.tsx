// The legal clock's urgency in colour AND words (never colour alone), from caseClock.
import type { CaseClock } from "@/lib/clock";
import type { Translate } from "@/lib/i18n";
import { StatusIcon } from "@/components/ui/status-icon";

export function UrgencyBadge({ clock, t, status }: { clock: CaseClock; t: Translate; status?: string }) {
  if (status === "WITHDRAWN") return <span className="text-xs text-stone-600">{t("care.clock.withdrawnShort")}</span>;
  if (clock.state === "stopped") return <span className="text-xs text-stone-600">{t("workbench.urgency.stopped")}</span>;
  if (clock.state === "paused") {
    return (
      <span className="inline-block rounded bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800 ring-1 ring-inset ring-stone-300">
        <StatusIcon name="pause" /> {t("workbench.urgency.paused")}
      </span>
    );
  }
  if (clock.urgency === "overdue") {
    return (
      <span className="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-bold text-white" data-urgency="overdue">
        <StatusIcon name="warning" /> {t("workbench.urgency.overdue", { days: Math.max(1, -clock.remainingWorkingDays) })}
      </span>
    );
  }
  if (clock.urgency === "near") {
    return (
      <span
        className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-950 ring-1 ring-inset ring-amber-400"
        data-urgency="near"
      >
        <StatusIcon name="clock" /> {t("workbench.urgency.near", { days: clock.remainingWorkingDays })}
      </span>
    );
  }
  return <span className="text-xs text-stone-600">{t("workbench.urgency.ok")}</span>;
}
