// The period chooser: a GET form, so it works without JavaScript and every view has its own address.
import type { Translate } from "@/lib/i18n";
import { PERIOD_KINDS, type Period, type PeriodProblem } from "@/lib/stats/period";

export function PeriodForm({
  t,
  period,
  problems,
  action,
  typed,
  keep = {},
}: {
  t: Translate;
  period: Period;
  problems: PeriodProblem[];
  action: string;
  typed: { from?: string; to?: string };
  keep?: Record<string, string>;
}) {
  const kind = problems.length > 0 ? "custom" : period.kind;
  return (
    <form method="get" action={action} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 text-sm font-semibold">{t("supervision.period.legend")}</legend>
        <label className="text-sm">
          {t("supervision.period.kind")}
          <select name="period" defaultValue={kind} className="mt-1 block rounded border border-stone-400 px-2 py-1.5">
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`supervision.period.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <DateInput
          name="from"
          label={t("supervision.period.from")}
          value={typed.from ?? (period.kind === "custom" ? period.from : "")}
          invalid={problems.some((p) => p === "from_invalid" || p === "order" || p === "too_long")}
        />
        <DateInput
          name="to"
          label={t("supervision.period.to")}
          value={typed.to ?? (period.kind === "custom" ? period.to : "")}
          invalid={problems.some((p) => p === "to_invalid" || p === "order" || p === "too_long")}
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("supervision.period.apply")}
        </button>
      </fieldset>
      {problems.length > 0 ? (
        <div role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p>{t("supervision.period.problemsTitle")}</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{t(`supervision.period.problems.${p}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm text-stone-700">{t("supervision.period.shown", { from: period.from, to: period.to })}</p>
    </form>
  );
}

/** One end of a custom period. */
function DateInput({ name, label, value, invalid }: { name: string; label: string; value: string; invalid: boolean }) {
  return (
    <label className="text-sm">
      {label}
      <input
        type="date"
        name={name}
        defaultValue={value}
        aria-invalid={invalid || undefined}
        className="mt-1 block rounded border border-stone-400 px-2 py-1.5"
      />
    </label>
  );
}
