import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { EligibilityRequest, EligibilityResponse } from "@/lib/policy";
import { encodeFactsParam } from "@/lib/policy/facts-param";
import { documentChecklist } from "@/lib/applications/checklist";
import { TIME_LIMITS } from "@/lib/clock/time-limits";
import type { PlaceUnit } from "@/lib/jurisdictions";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

const PERMIT_FEE_CITATION = "《居住证暂行条例》（国务院令第663号） 第二十一条";

/** The link that starts an application with these facts (URL contract of /apply/new). */
export function applyHref(options: { request: EligibilityRequest; unitCode: string | null }): string {
  const { request, unitCode } = options;
  const query = new URLSearchParams({ kind: request.kind, jurisdiction: request.jurisdiction });
  if (unitCode) query.set("unit", unitCode);
  query.set("facts", encodeFactsParam(request));
  return `/apply/new?${query}`;
}

/**
 * Under a met pathway: what to bring (the application's own checklist), where (the stations of the chosen
 * place), how long the law gives the station, the fee where a rule says there is none, and "apply now".
 */
export function NextSteps({
  request,
  response,
  unit,
  t,
  en,
}: {
  request: EligibilityRequest;
  response: EligibilityResponse;
  unit: PlaceUnit | null;
  t: Translate;
  en: boolean;
}) {
  const kind = request.kind === "settlement" ? "SETTLEMENT" : "RESIDENCE_PERMIT";
  const checklist = documentChecklist({ kind, request, answer: response });
  const limit = TIME_LIMITS[kind];
  const freeBooklet = response.notes.find((n) => n.code === "FREE_HUKOU_BOOKLET");
  const fee =
    request.kind === "residence_permit"
      ? `${t("check.next.permitFee")}（${PERMIT_FEE_CITATION}）`
      : freeBooklet
        ? `${en ? freeBooklet.messageEn : freeBooklet.messageZh}（${freeBooklet.citation?.document ?? ""} ${freeBooklet.citation?.clause ?? ""}）`
        : null;
  return (
    <section aria-labelledby="next-steps" className="space-y-3 rounded-lg border border-green-300 bg-white p-4" data-testid="next-steps">
      <h3 id="next-steps" className="text-lg font-semibold">
        {t("check.next.title")}
      </h3>
      <DocumentsToBring checklist={checklist} t={t} en={en} />
      <StationsToGo unit={unit} t={t} en={en} />
      <div>
        <h4 className="font-medium">{t("check.next.timeLimit")}</h4>
        <p>
          {t("check.next.timeLimitText", { n: limit.workingDays })}
          <span className="text-sm text-stone-600">
            （{limit.citation.document} {limit.citation.clause}）
          </span>
        </p>
      </div>
      {fee ? (
        <div>
          <h4 className="font-medium">{t("check.next.fee")}</h4>
          <p>{fee}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <Link href={applyHref({ request, unitCode: unit?.code ?? null })} className={PRIMARY_BUTTON} data-testid="apply-now">
          {t("check.next.apply")}
        </Link>
        <span className="text-sm text-stone-600">{t("check.next.applyHint")}</span>
      </div>
    </section>
  );
}

/** What to bring: the application's own checklist, each item required or optional with its clause. */
function DocumentsToBring({ checklist, t, en }: { checklist: ReturnType<typeof documentChecklist>; t: Translate; en: boolean }) {
  return (
    <div>
      <h4 className="font-medium">{t("check.next.documents")}</h4>
      <ul className="mt-1 list-disc pl-5" data-testid="documents">
        {checklist.map((item) => (
          <li key={item.id}>
            {en ? item.labelEn : item.labelZh}
            <span className="text-sm text-stone-600">
              （{item.required ? t("check.next.required") : t("check.next.optional")}
              {item.citation ? `；${item.citation.document} ${item.citation.clause}` : ""}）
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where to go: the stations of the chosen place (none chosen, none known, one, or several). */
function StationsToGo({ unit, t, en }: { unit: PlaceUnit | null; t: Translate; en: boolean }) {
  const stationName = (s: PlaceUnit["stations"][number]) => (en ? (s.nameEn ?? s.name) : s.name);
  return (
    <div data-testid="station">
      <h4 className="font-medium">{t("check.next.station")}</h4>
      {unit === null ? (
        <p className="text-stone-700">{t("check.next.stationChoose")}</p>
      ) : unit.stations.length === 0 ? (
        <p className="text-stone-700">{t("check.next.stationUnknown")}</p>
      ) : unit.stations.length === 1 ? (
        <p>{stationName(unit.stations[0])}</p>
      ) : (
        <>
          <p className="text-stone-700">{t("check.next.stationsSeveral")}</p>
          <ul className="list-disc pl-5">
            {unit.stations.map((s) => (
              <li key={s.code}>{stationName(s)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
