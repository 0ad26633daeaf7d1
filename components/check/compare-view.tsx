import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { answerEligibility, JURISDICTIONS, type IsoDate } from "@/lib/policy";
import { clauseHref } from "@/lib/self-check/pathway-index";
import { Mark } from "@/components/ui/status-icon";

/** The same facts answered in each of the five jurisdictions, side by side. */
export function CompareView({ body, today, t }: { body: Record<string, unknown>; today: IsoDate; t: Translate }) {
  const rows = JURISDICTIONS.map((code) => ({ code, answer: answerEligibility({ body: { ...body, jurisdiction: code }, today }) }));
  return (
    <section aria-labelledby="compare-title" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="compare-title" className="mb-1 text-lg font-semibold">
        {t("check.compareTitle")}
      </h2>
      <p className="mb-3 text-sm text-stone-700">{t("check.compareIntro")}</p>
      <div className="-mx-4 overflow-x-auto px-4" tabIndex={0} role="region" aria-label={t("check.compareTitle")}>
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">{t("check.compareTitle")}</caption>
          <thead>
            <tr className="border-b border-stone-300 text-stone-600">
              <th scope="col" className="px-2 py-2">
                {t("check.compareJurisdiction")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("check.compareResult")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("check.compareMet")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("check.compareMembers")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ code, answer }) => {
              const r = answer.status === 200 ? answer.json : null;
              const met = r?.pathways.filter((p) => p.eligible) ?? [];
              return (
                <tr key={code} className="border-b border-stone-100 align-top" data-testid={`compare-${code}`}>
                  <th scope="row" className="px-2 py-2 font-medium">
                    {t(`places.${code}`)}
                  </th>
                  <td className="px-2 py-2">
                    {!r ? "—" : r.reason ? t("check.na") : <Mark ok={r.eligible}>{r.eligible ? t("check.yes") : t("check.no")}</Mark>}
                  </td>
                  <td className="px-2 py-2">
                    {met.length === 0 ? (
                      "—"
                    ) : (
                      <ul>
                        {met.map((p) => {
                          const href = clauseHref(p.id);
                          const text = `${p.citation.document} ${p.citation.clause}`;
                          return (
                            <li key={p.id}>
                              {href ? (
                                <Link href={href} className="text-blue-800 underline">
                                  {text}
                                </Link>
                              ) : (
                                text
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </td>
                  <td className="px-2 py-2 tabular-nums">
                    {r ? `${r.members.filter((m) => m.eligible).length} / ${r.members.length}` : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
