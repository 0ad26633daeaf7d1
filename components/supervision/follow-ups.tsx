// 差评整改回访 on /supervision: the subtree's open follow-ups, nearest deadline first, each with the
// applicant's score and comment, the case, and a form to close it with a note; then the last few
// closed. Plain forms posting to a server action (works without JavaScript).
import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { chinaDate } from "@/lib/clock";
import { FOLLOW_UP_NOTE_MAX, FOLLOW_UP_WORKING_DAYS, scoreLabelKey, type FollowUpRow } from "@/lib/applications/rating-follow-ups";
import { Card } from "@/components/ui/card";
import { TitledSection } from "@/components/ui/section";
import { ROW_BUTTON } from "@/components/ui/buttons";
import { OutcomeBanner } from "@/components/forms/outcome-banner";

export interface FollowUpOutcome {
  /** The follow-up the last post was about, and what came of it. */
  id: string | null;
  error: string | null;
  done: boolean;
}

const ERROR_KEY: Record<string, "noteRequired" | "alreadyClosed" | "notFound"> = {
  VALIDATION: "noteRequired",
  INVALID_STATE: "alreadyClosed",
  NOT_FOUND: "notFound",
};

export function FollowUps({
  open,
  closed,
  t,
  english,
  outcome,
  closeFollowUpAction,
}: {
  open: FollowUpRow[];
  closed: FollowUpRow[];
  t: Translate;
  english: boolean;
  outcome: FollowUpOutcome;
  /** The closing action (app/(supervisor)/supervision/actions.ts), passed in: components never import from app/. */
  closeFollowUpAction: (formData: FormData) => Promise<void>;
}) {
  const station = (r: FollowUpRow) => (english && r.stationEn ? r.stationEn : r.station);
  const errorFor = (id: string) =>
    outcome.id === id && outcome.error
      ? ERROR_KEY[outcome.error]
        ? t(`ratings.followUp.${ERROR_KEY[outcome.error]!}`, { max: FOLLOW_UP_NOTE_MAX })
        : t("ratings.followUp.error")
      : null;
  const doneRow = outcome.done ? closed.find((r) => r.id === outcome.id) : undefined;
  const lostRow = outcome.error && outcome.id && !open.some((r) => r.id === outcome.id) ? errorFor(outcome.id) : null;
  return (
    <div id="follow-ups">
      <Card title={`${t("ratings.followUp.title")} · ${t("ratings.followUp.openCount", { n: open.length })}`}>
        <p className="mb-3 text-sm text-stone-700">{t("ratings.followUp.hint", { days: FOLLOW_UP_WORKING_DAYS })}</p>
        <OutcomeBanner
          look="card"
          outcome={{ done: doneRow ? t("ratings.followUp.done", { number: doneRow.number }) : null, error: lostRow }}
        />
        {open.length === 0 ? (
          <p className="text-sm text-stone-600">{t("ratings.followUp.none")}</p>
        ) : (
          <ul className="space-y-4" data-testid="follow-ups-open">
            {open.map((r) => (
              <OpenFollowUp key={r.id} row={r} station={station(r)} error={errorFor(r.id)} t={t} action={closeFollowUpAction} />
            ))}
          </ul>
        )}
        {closed.length > 0 ? <ClosedFollowUps closed={closed} station={station} t={t} /> : null}
      </Card>
    </div>
  );
}

/** One open follow-up: the case, its deadline, the applicant's score and comment, and the form that closes it. */
function OpenFollowUp({
  row: r,
  station,
  error,
  t,
  action,
}: {
  row: FollowUpRow;
  station: string;
  error: string | null;
  t: Translate;
  action: (formData: FormData) => Promise<void>;
}) {
  const noteId = `follow-up-note-${r.id}`;
  return (
    <li data-testid={`follow-up-${r.number}`} className="rounded border border-stone-200 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span>
          <Link href={`/workbench/cases/${r.applicationId}`} className="font-mono text-brand-700 underline">
            {r.number}
          </Link>
          <span className="ml-2 text-sm text-stone-700">{station}</span>
        </span>
        <span className={`text-sm ${r.overdue ? "font-semibold text-red-700" : "text-stone-800"}`}>
          {t("ratings.followUp.dueOn")}
          {t("common.colon")}
          {r.dueOn}
          {r.overdue ? ` · ${t("ratings.followUp.overdue")}` : ""}
        </span>
      </div>
      <p className="mt-1 text-sm">
        <span className="font-semibold text-red-700">{t(scoreLabelKey(r.score))}</span>
        <span className="text-stone-600">
          {" "}
          · {t("ratings.followUp.ratedOn")} {chinaDate(r.ratedAt)}
        </span>
      </p>
      <p className="mt-1 whitespace-pre-wrap break-words text-sm">{r.comment ?? t("ratings.followUp.noComment")}</p>
      <form action={action} className="mt-2 space-y-1">
        <input type="hidden" name="followUpId" value={r.id} />
        <label htmlFor={noteId} className="block text-sm font-medium">
          {t("ratings.followUp.note")}
        </label>
        <p id={`${noteId}-hint`} className="text-xs text-stone-600">
          {t("ratings.followUp.noteHint", { max: FOLLOW_UP_NOTE_MAX })}
        </p>
        {error ? (
          <p id={`${noteId}-error`} className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <textarea
          id={noteId}
          name="note"
          required
          maxLength={FOLLOW_UP_NOTE_MAX}
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${noteId}-error ${noteId}-hint` : `${noteId}-hint`}
          autoFocus={error ? true : undefined}
          className="block w-full rounded border border-stone-400 px-2 py-1.5 text-sm"
        />
        <button type="submit" className={ROW_BUTTON}>
          {t("ratings.followUp.close")}
        </button>
      </form>
    </li>
  );
}

/** The last few closed follow-ups, each with who closed it, when, and the note. */
function ClosedFollowUps({ closed, station, t }: { closed: FollowUpRow[]; station: (r: FollowUpRow) => string; t: Translate }) {
  return (
    <TitledSection
      id="follow-ups-closed"
      title={t("ratings.followUp.closedTitle")}
      level={3}
      className="mt-4"
      titleClassName="font-semibold"
    >
      <ul className="mt-1 divide-y divide-stone-100 text-sm">
        {closed.map((r) => (
          <li key={r.id} className="py-1.5">
            <Link href={`/workbench/cases/${r.applicationId}`} className="font-mono text-brand-700 underline">
              {r.number}
            </Link>
            <span className="ml-2 text-stone-700">
              {station(r)} · {t(scoreLabelKey(r.score))}
            </span>
            <div className="text-xs text-stone-600">
              {t("ratings.followUp.closedBy", { name: r.closedBy ?? "—", date: r.closedAt ? chinaDate(r.closedAt) : "—" })}
            </div>
            <p className="whitespace-pre-wrap break-words">{r.note}</p>
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
