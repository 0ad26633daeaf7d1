// The clerk's queue: one card per case on a phone (deadline and urgency in view), a table on wider screens.
import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import { QUEUE_STATUSES, type listQueue } from "@/lib/applications/queue";
import type { HolidayCalendar } from "@/lib/clock";
import { caseClock } from "@/lib/clock";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { formatDate, staffName } from "@/lib/format";
import { Badge, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { statusTone } from "@/components/status-tone";
import { UrgencyBadge } from "@/components/workbench/urgency-badge";
import { TitledSection } from "@/components/ui/section";
import { ROW_BUTTON } from "@/components/ui/buttons";

type QueueRow = Awaited<ReturnType<typeof listQueue>>["rows"][number];

interface QueueListProps {
  rows: QueueRow[];
  calendar: HolidayCalendar;
  now: Date;
  take: (formData: FormData) => void | Promise<void>;
  t: Translate;
  locale: Locale;
}

/** 接件: the clerk takes a submitted case (the version guards against two clerks at once). */
function TakeForm({ take, row, t, className }: Pick<QueueListProps, "take" | "t"> & { row: QueueRow; className?: string }) {
  return (
    <form action={take} className={className}>
      <input type="hidden" name="applicationId" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <button type="submit" className={ROW_BUTTON}>
        {t("workbench.take")}
      </button>
    </form>
  );
}

export function QueueCards({ rows, calendar, now, take, t, locale }: QueueListProps) {
  return (
    <ul className="space-y-3 sm:hidden">
      {rows.map((a) => {
        const clock = caseClock({ input: a, calendar, now });
        return (
          <li
            key={a.id}
            data-testid={`card-${a.number}`}
            className={`rounded border p-3 ${clock.state === "running" && clock.urgency === "overdue" ? "border-red-300 bg-red-50" : clock.state === "running" && clock.urgency === "near" ? "border-amber-300 bg-amber-50" : "border-stone-200"}`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/workbench/cases/${a.id}`} className="font-mono text-brand-700 underline">
                {a.number}
              </Link>
              <Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge>
            </div>
            {a.flagNote ? (
              <p className="mt-1 text-sm">
                <Badge tone="warn">{t("workbench.flag")}</Badge> {a.flagNote.length > 60 ? `${a.flagNote.slice(0, 60)}…` : a.flagNote}
              </p>
            ) : null}
            <p className="mt-1 text-sm">
              {t(`kind.${a.kind}`)} · {a.applicantPerson.name}{" "}
              <span className="font-mono text-xs text-stone-600">{maskCitizenId(a.applicantPerson.citizenId)}</span>
            </p>
            <p className="mt-1 text-sm">
              {t("workbench.queue.due")}：{formatDate(a.dueAt, locale)} <UrgencyBadge clock={clock} t={t} />
            </p>
            <p className="text-sm text-stone-700">
              {t("workbench.assignee")}：{a.assignee ? staffName({ user: a.assignee, t }) : "—"}
            </p>
            {a.status === "SUBMITTED" ? <TakeForm take={take} row={a} t={t} className="mt-2" /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function QueueTable({ rows, calendar, now, take, t, locale }: QueueListProps) {
  return (
    <div className="hidden sm:block">
      <Table
        caption={t("workbench.queue.queueTitle")}
        head={[
          t("apply.done.number"),
          t("me.home.kind"),
          t("workbench.queue.applicant"),
          t("me.home.status"),
          t("workbench.queue.due"),
          t("workbench.assignee"),
          t("workbench.queue.actions"),
        ]}
      >
        {rows.map((a) => {
          const clock = caseClock({ input: a, calendar, now });
          const stands = clock.urgency !== "ok" && clock.state === "running";
          return (
            <tr
              key={a.id}
              data-testid={`case-${a.number}`}
              className={clock.urgency === "overdue" && stands ? "bg-red-50" : clock.urgency === "near" && stands ? "bg-amber-50" : ""}
            >
              <Td className="font-mono">
                <Link href={`/workbench/cases/${a.id}`} className="text-brand-700 underline">
                  {a.number}
                </Link>
              </Td>
              <Td>{t(`kind.${a.kind}`)}</Td>
              <Td>
                {a.applicantPerson.name}
                <div className="font-mono text-xs text-stone-600">{maskCitizenId(a.applicantPerson.citizenId)}</div>
              </Td>
              <Td>
                <Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge>
                {a.flagNote ? (
                  <div className="mt-1" title={a.flagNote}>
                    <Badge tone="warn">{t("workbench.flag")}</Badge>{" "}
                    <span className="text-xs text-stone-700">{a.flagNote.length > 40 ? `${a.flagNote.slice(0, 40)}…` : a.flagNote}</span>
                  </div>
                ) : null}
              </Td>
              <Td>
                {formatDate(a.dueAt, locale)}
                <div>
                  <UrgencyBadge clock={clock} t={t} />
                </div>
              </Td>
              <Td>{a.assignee ? staffName({ user: a.assignee, t }) : "—"}</Td>
              <Td>
                <div className="flex flex-wrap items-center gap-2">
                  {a.status === "SUBMITTED" ? <TakeForm take={take} row={a} t={t} /> : null}
                  <Link
                    href={`/workbench/cases/${a.id}`}
                    className="text-sm text-brand-700 underline"
                    aria-label={`${t("workbench.open")} ${a.number}`}
                  >
                    {t("workbench.open")}
                  </Link>
                </div>
              </Td>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}

/** The station's counts by status (the three working ones as figures, the rest in a line) and the overdue figure. */
export function QueueCounts({
  counts,
  overdue,
  t,
}: {
  counts: Awaited<ReturnType<typeof listQueue>>["counts"];
  overdue: number;
  t: Translate;
}) {
  const queue = { counts, overdue };
  return (
    <TitledSection id="counts-title" title={t("workbench.countsTitle")} titleClassName="sr-only">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"] as const).map((s) => (
          <Stat key={s} label={t(`status.${s}`)} value={queue.counts[s]} />
        ))}
        <Stat label={t("workbench.overdueCount")} value={queue.overdue} tone={queue.overdue > 0 ? "warn" : "default"} />
      </div>
      <p className="mt-2 text-xs text-stone-600">
        {QUEUE_STATUSES.filter((s) => !["SUBMITTED", "IN_REVIEW", "NEEDS_MATERIALS"].includes(s))
          .map((s) => `${t(`status.${s}`)} ${queue.counts[s]}`)
          .join(" · ")}
      </p>
    </TitledSection>
  );
}
