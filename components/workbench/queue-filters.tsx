// The queue's filters: a plain GET form, so they work without JavaScript and the URL can be shared.
import type { Translate } from "@/lib/i18n";
import type { QueueFilter } from "@/lib/applications/queue";
import type { QueueSearchProblem } from "@/lib/applications/queue-search";
import { QUEUE_STATUSES } from "@/lib/applications/queue";
import { ApplicationKind } from "@/lib/generated/prisma/enums";
import { FILTER_BUTTON } from "@/components/ui/buttons";

const select = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm";

export function QueueFilters({ t, filter, problem }: { t: Translate; filter: QueueFilter; problem?: QueueSearchProblem | null }) {
  return (
    <form
      method="get"
      action="/workbench"
      className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-5 sm:items-end"
      aria-label={t("workbench.filters")}
    >
      <div className="sm:col-span-5">
        <label htmlFor="queue-q" className="text-sm font-medium">
          {t("workbench.search")}
        </label>
        <input
          id="queue-q"
          type="search"
          name="q"
          defaultValue={problem ? "" : (filter.q ?? "")}
          maxLength={40}
          autoComplete="off"
          aria-describedby={problem ? "queue-q-hint queue-q-error" : "queue-q-hint"}
          aria-invalid={problem ? true : undefined}
          className={`mt-1 block w-full rounded border px-2 py-1.5 text-sm ${problem ? "border-red-600" : "border-stone-400"}`}
        />
        <p id="queue-q-hint" className="mt-1 text-xs text-stone-600">
          {t("workbench.searchHint")}
        </p>
        {problem ? (
          <p id="queue-q-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {t(`workbench.searchProblems.${problem}`)}
          </p>
        ) : null}
      </div>
      <label className="text-sm font-medium">
        {t("workbench.filterKind")}
        <select name="kind" defaultValue={filter.kind ?? ""} className={select}>
          <option value="">{t("workbench.allKinds")}</option>
          {Object.values(ApplicationKind).map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("workbench.filterStatus")}
        <select name="status" defaultValue={filter.status ?? ""} className={select}>
          <option value="">{t("workbench.openCases")}</option>
          {QUEUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("workbench.filterWho")}
        <select name="who" defaultValue={filter.who ?? ""} className={select}>
          <option value="">{t("workbench.anyone")}</option>
          <option value="mine">{t("workbench.mine")}</option>
          <option value="unassigned">{t("workbench.unassigned")}</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm font-medium sm:pb-2">
        <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue === "1"} className="h-5 w-5 accent-brand-700" />
        {t("workbench.filterOverdue")}
      </label>
      <div className="flex gap-3">
        <button type="submit" className={FILTER_BUTTON}>
          {t("workbench.apply")}
        </button>
        <a href="/workbench" className="self-center text-sm text-brand-700 underline">
          {t("workbench.reset")}
        </a>
      </div>
    </form>
  );
}
