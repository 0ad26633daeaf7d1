import type { Locale, Translate } from "@/lib/i18n";
import { localized } from "@/lib/i18n/localized";
import type { Unit } from "@/lib/jurisdictions";
import { Field } from "@/components/forms/field";
import { HiddenInputs, type StartAction } from "./hidden-inputs";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

const SELECT = "w-full rounded border border-stone-500 bg-white px-3 py-2 text-base";
const SECONDARY = "rounded border border-stone-500 bg-white px-4 py-2 font-medium hover:bg-stone-100";

type Props = {
  policies: Unit[];
  policy: Unit | null;
  units: Unit[];
  unit: Unit | null;
  stations: Unit[];
  hidden: Record<string, string | undefined>;
  createKey: string;
  action: StartAction;
  t: Translate;
  locale: Locale;
};

/** The other kinds: the place (a GET form, so it works without JavaScript), then the station and the start. */
export function PlaceStart(props: Props) {
  const { policy, unit } = props;
  return (
    <div className="space-y-6">
      <PlaceChooser {...props} />
      {policy && unit ? <StationForm {...props} policy={policy} unit={unit} /> : null}
    </div>
  );
}

function PlaceChooser({ policies, policy, units, unit, hidden, t, locale }: Props) {
  const name = (u: Unit) => localized(locale, u.name, u.nameEn);
  const depth = (u: Unit) => (u.level === "TOWN" && u.parentId !== policy?.id ? "　" : "");
  return (
    <form method="get" action="/apply/new" className="space-y-4">
      <HiddenInputs values={hidden} />
      <Field id="f-jurisdiction" label={t("apply.start.jurisdiction")}>
        <select id="f-jurisdiction" name="jurisdiction" defaultValue={policy?.policyCode ?? ""} className={SELECT}>
          <option value="">{t("apply.start.choose")}</option>
          {policies.map((p) => (
            <option key={p.id} value={p.policyCode ?? ""}>
              {name(p)}
            </option>
          ))}
        </select>
      </Field>
      {policy ? (
        <Field id="f-unit" label={t("apply.start.unit")} hint={t("apply.start.unitHint")}>
          <select id="f-unit" name="unit" defaultValue={unit?.code ?? ""} aria-describedby="f-unit-hint" className={SELECT}>
            <option value="">{t("apply.start.choose")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.code}>
                {depth(u)}
                {name(u)}（{t(`area.${u.area}`)}）
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <button type="submit" className={SECONDARY}>
        {t("apply.start.next")}
      </button>
    </form>
  );
}

function StationForm({ policy, unit, stations, hidden, createKey, action, t, locale }: Props & { policy: Unit; unit: Unit }) {
  return (
    <form action={action} className="space-y-4 border-t border-stone-200 pt-4">
      <HiddenInputs values={{ ...hidden, jurisdiction: policy.policyCode ?? "", unit: unit.code, createKey }} />
      <p>
        {t("apply.start.area")}
        {t("common.colon")}
        <strong>{t(`area.${unit.area}`)}</strong>
      </p>
      {stations.length ? (
        <fieldset className="space-y-1" aria-describedby="f-station-hint">
          <legend className="font-medium">{t("apply.start.station")}</legend>
          <p id="f-station-hint" className="text-sm text-stone-600">
            {t("apply.start.stationHint")}
          </p>
          {stations.map((s, i) => (
            <div key={s.id} className="flex items-center gap-2 py-0.5">
              <input
                id={i === 0 ? "f-station" : `f-station-${i}`}
                type="radio"
                name="station"
                value={s.code}
                defaultChecked={stations.length === 1}
                required
                className="h-5 w-5 accent-brand-700"
              />
              <label htmlFor={i === 0 ? "f-station" : `f-station-${i}`}>{localized(locale, s.name, s.nameEn)}</label>
            </div>
          ))}
        </fieldset>
      ) : (
        <p role="alert" className="text-red-800">
          {t("apply.start.noStation")}
        </p>
      )}
      {stations.length ? (
        <button type="submit" className={PRIMARY_BUTTON}>
          {t("apply.start.create")}
        </button>
      ) : null}
    </form>
  );
}
