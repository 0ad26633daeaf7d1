// 督办 on the case screen, for supervisors of the subtree: write or change the note the station sees,
// or remove it. A plain form posting to a server action (works without JavaScript).
import type { Translate } from "@/lib/i18n";
import { formatDate } from "@/lib/format";
import { FLAG_NOTE_MAX } from "@/lib/applications/flag-case";

export function FlagPanel({
  app,
  t,
  locale,
  noteError,
  flagAction,
}: {
  app: { id: string; version: number; flagNote: string | null; flaggedAt: Date | null };
  t: Translate;
  locale: string;
  noteError: boolean;
  /** The 督办 action (app/(supervisor)/supervision/cases/actions.ts), passed in: components never import from app/. */
  flagAction: (formData: FormData) => Promise<void>;
}) {
  const hidden = (
    <>
      <input type="hidden" name="applicationId" value={app.id} />
      <input type="hidden" name="version" value={app.version} />
    </>
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">{t("supervision.flag.hint")}</p>
      {app.flagNote ? (
        <p className="text-sm">
          <strong>{t("supervision.flag.current", { date: formatDate(app.flaggedAt, locale) })}</strong>
          {app.flagNote}
        </p>
      ) : null}
      <form action={flagAction} className="space-y-2">
        {hidden}
        <input type="hidden" name="intent" value="flag" />
        <label htmlFor="flag-note" className="block text-sm font-medium">
          {t("supervision.flag.note")}
        </label>
        {noteError ? (
          <p id="flag-note-error" className="text-sm text-red-700">
            {t("supervision.flag.noteRequired", { max: FLAG_NOTE_MAX })}
          </p>
        ) : null}
        <textarea
          id="flag-note"
          name="note"
          required
          maxLength={FLAG_NOTE_MAX}
          rows={3}
          defaultValue={app.flagNote ?? ""}
          aria-invalid={noteError || undefined}
          aria-describedby={noteError ? "flag-note-error" : undefined}
          className="block w-full rounded border border-stone-400 px-2 py-1.5 text-sm"
        />
        <button
          type="submit"
          className="rounded border border-amber-700 bg-amber-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800"
        >
          {app.flagNote ? t("supervision.flag.update") : t("supervision.flag.submit")}
        </button>
      </form>
      {app.flagNote ? (
        <form action={flagAction}>
          {hidden}
          <input type="hidden" name="intent" value="clear" />
          <button type="submit" className="rounded border border-stone-500 px-3 py-1.5 text-sm font-medium text-stone-800">
            {t("supervision.flag.clear")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
