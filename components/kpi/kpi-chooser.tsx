// Unit and year chooser: a plain GET form, so it works without JavaScript and the URL can be shared.
import type { Translate } from "@/lib/i18n";
import { FILTER_BUTTON } from "@/components/ui/buttons";

const select = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm";

export function KpiChooser(props: {
  t: Translate;
  action: string;
  units?: { id: string; name: string; depth: number }[];
  unitId?: string | null;
  years: number[];
  year: number;
  fromYear?: number;
  on?: string;
}) {
  const { t } = props;
  return (
    <form
      method="get"
      action={props.action}
      className="grid grid-cols-1 gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4 sm:items-end"
    >
      <fieldset className="contents">
        <legend className="sr-only">{t("kpi.chooser.legend")}</legend>
        {props.units ? (
          <label className="text-sm font-medium sm:col-span-2">
            {t("kpi.chooser.unit")}
            <select name="unit" defaultValue={props.unitId ?? ""} className={select}>
              {props.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {"\u3000".repeat(u.depth)}
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <YearSelect name="year" label={t("kpi.chooser.year")} years={props.years} value={props.year} />
        {props.fromYear !== undefined ? (
          <YearSelect name="fromYear" label={t("kpi.chooser.fromYear")} years={props.years} value={props.fromYear} />
        ) : null}
        {props.on !== undefined ? (
          <label className="text-sm font-medium">
            {t("kpi.chooser.on")}
            <input type="date" name="on" defaultValue={props.on} className={select} />
          </label>
        ) : null}
        <div>
          <button type="submit" className={FILTER_BUTTON}>
            {t("kpi.chooser.submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** A labelled choice of one of the years. */
function YearSelect({ name, label, years, value }: { name: string; label: string; years: number[]; value: number }) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select name={name} defaultValue={String(value)} className={select}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
