// The case list behind a figure: cards on a phone, a table on wider screens. Names and ID numbers
// arrive masked from lib/stats/supervision-cases.ts.
import { staffName } from "@/lib/format";
import Link from "next/link";
import type { Translate, MessageKey } from "@/lib/i18n";
import { chinaDate } from "@/lib/clock";
import type { SupervisionCaseRow } from "@/lib/stats/supervision-cases";
import { Badge } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { statusTone } from "@/components/status-tone";

const day = (d: Date | null) => (d ? chinaDate(d) : "—");

export function CaseTable({
  rows,
  t,
  english,
  overdueIds,
  decided,
}: {
  rows: SupervisionCaseRow[];
  t: Translate;
  english: boolean;
  overdueIds: Set<string>;
  decided: boolean;
}) {
  // Open cases show their legal deadline, decisions their decision date: one date column, not two.
  const when = (r: SupervisionCaseRow) => day(decided ? r.decidedAt : r.dueAt);
  const head = [
    t("supervision.cases.number"),
    t("supervision.cases.kind"),
    t("supervision.cases.applicant"),
    t("supervision.cases.station"),
    t("supervision.cases.status"),
    t("supervision.cases.submitted"),
    decided ? t("supervision.cases.decided") : t("supervision.cases.due"),
    t("supervision.cases.assignee"),
    t("supervision.cases.flag"),
    t("workbench.queue.actions"),
  ];
  const station = (r: SupervisionCaseRow) => (english && r.stationEn ? r.stationEn : r.station);
  return (
    <>
      <ul className="space-y-3 sm:hidden">
        {rows.map((r) => (
          <CaseCard key={r.id} row={r} t={t} station={station(r)} overdue={overdueIds.has(r.id)} />
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table
          caption={t("supervision.cases.title")}
          head={head.map((h) => (
            <span key={h} className="whitespace-nowrap">
              {h}
            </span>
          ))}
        >
          {rows.map((r) => (
            <CaseRow key={r.id} row={r} t={t} station={station(r)} overdue={overdueIds.has(r.id)} when={when(r)} />
          ))}
        </Table>
      </div>
    </>
  );
}

interface RowProps {
  row: SupervisionCaseRow;
  t: Translate;
  station: string;
  overdue: boolean;
}

/** One case as a card (phones). */
function CaseCard({ row: r, t, station, overdue }: RowProps) {
  return (
    <li data-testid={`card-${r.number}`} className={`rounded border p-3 ${overdue ? "border-red-300 bg-red-50" : "border-stone-200"}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-mono">{r.number}</span>
        <Badge tone={statusTone(r.status as never)}>{t(`status.${r.status}` as MessageKey)}</Badge>
      </div>
      <p className="mt-1 text-sm">
        {t(`kind.${r.kind}` as MessageKey)} · {r.applicantName} <span className="font-mono text-xs text-stone-600">{r.applicantId}</span>
      </p>
      <p className="text-sm text-stone-700">
        {station} · {r.assignee ? staffName({ user: r.assignee, t }) : "—"}
      </p>
      <p className="text-sm text-stone-700">
        {t("supervision.cases.submitted")} {day(r.submittedAt)} ·{" "}
        {r.decidedAt ? `${t("supervision.cases.decided")} ${day(r.decidedAt)}` : `${t("supervision.cases.due")} ${day(r.dueAt)}`}
      </p>
      <div className="mt-1 flex items-center gap-3">
        <FlagBadge row={r} t={t} />
        <OpenLink row={r} t={t} />
      </div>
    </li>
  );
}

/** One case as a table row (wider screens); `when` is its deadline or its decision date. */
function CaseRow({ row: r, t, station, overdue, when }: RowProps & { when: string }) {
  return (
    <tr data-testid={`case-${r.number}`} className={overdue ? "bg-red-50" : ""}>
      <Td className="font-mono">{r.number}</Td>
      <Td className="whitespace-nowrap">{t(`kind.${r.kind}` as MessageKey)}</Td>
      <Td>
        {r.applicantName}
        <div className="font-mono text-xs text-stone-600">{r.applicantId}</div>
      </Td>
      <Td>{station}</Td>
      <Td className="whitespace-nowrap">
        <Badge tone={statusTone(r.status as never)}>{t(`status.${r.status}` as MessageKey)}</Badge>
        {r.againstEngine ? (
          <div className="mt-1">
            <Badge tone="warn">{t(r.status === "REJECTED" ? "workbench.againstEngineRefusalMark" : "workbench.againstEngineMark")}</Badge>
          </div>
        ) : null}
      </Td>
      <Td className="whitespace-nowrap">{day(r.submittedAt)}</Td>
      <Td className="whitespace-nowrap">{when}</Td>
      <Td>{r.assignee ? staffName({ user: r.assignee, t }) : "—"}</Td>
      <Td className="whitespace-nowrap">
        <FlagBadge row={r} t={t} />
      </Td>
      <Td className="whitespace-nowrap">
        <OpenLink row={r} t={t} />
      </Td>
    </tr>
  );
}

function FlagBadge({ row: r, t }: { row: SupervisionCaseRow; t: Translate }) {
  return r.flagNote ? <Badge tone="warn">{t("supervision.cases.flagged")}</Badge> : null;
}

function OpenLink({ row: r, t }: { row: SupervisionCaseRow; t: Translate }) {
  return (
    <Link
      href={`/workbench/cases/${r.id}`}
      className="text-sm text-brand-700 underline"
      aria-label={t("supervision.cases.openLabel", { number: r.number })}
    >
      {t("supervision.cases.open")}
    </Link>
  );
}
