// The case screen's head: the way back, the number, status and kind, the time limit and its urgency,
// and the supervisor's flag note when there is one.
import Link from "next/link";
import type { CaseView } from "@/lib/applications/case-view";
import type { CalendarCoverage } from "@/lib/clock";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDate } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { statusTone } from "@/components/status-tone";
import { ProvisionalDueNote } from "@/components/calendar-coverage";
import { UrgencyBadge } from "./urgency-badge";

export function CaseHeader({
  view,
  coverage,
  t,
  backToQueue,
}: {
  view: CaseView;
  coverage: CalendarCoverage;
  t: Translate;
  backToQueue: boolean;
}) {
  const { app, clock } = view;
  return (
    <div>
      {/* Supervisors cannot open the station's queue: their way back is the supervision case list. */}
      {backToQueue ? (
        <Link href="/workbench" className="text-sm text-brand-700 underline">
          ← {t("workbench.backToQueue")}
        </Link>
      ) : (
        <Link href="/supervision/cases" className="text-sm text-brand-700 underline">
          ← {t("supervision.flag.back")}
        </Link>
      )}
      <h1 className="mt-1 text-2xl font-bold">{t("workbench.caseTitle", { number: app.number })}</h1>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={statusTone(app.status)}>{t(`status.${app.status}`)}</Badge>
        <span>{t(`kind.${app.kind}`)}</span>
        <span>· {t("workbench.dueOn", { date: clock.dueOn ?? "—" })}</span>
        <UrgencyBadge clock={clock} t={t} status={app.status} />
        {app.againstEngine ? (
          <Badge tone="warn">{t(app.status === "REJECTED" ? "workbench.againstEngineRefusalMark" : "workbench.againstEngineMark")}</Badge>
        ) : null}
      </div>
      {clock.state !== "stopped" ? <ProvisionalDueNote dueOn={clock.dueOn} coverage={coverage} t={t} /> : null}
    </div>
  );
}

export function FlagNote({ view, t, locale }: { view: CaseView; t: Translate; locale: Locale }) {
  const { app } = view;
  if (!app.flagNote) return null;
  return (
    <p data-testid="flag-note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <strong>
        {t("workbench.flag")}（{formatDate(app.flaggedAt, locale)}）：
      </strong>
      {app.flagNote}
    </p>
  );
}
