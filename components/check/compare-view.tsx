import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { answerEligibility, JURISDICTIONS, type IsoDate } from "@/lib/policy";
import { clauseHref } from "@/lib/self-check/pathway-index";
import { Mark } from "@/components/ui/status-icon";
import { TitledSection } from "@/components/ui/section";
import { HeadRow } from "@/components/ui/table";

/** The same facts answered in each of the five jurisdictions, side by side. */
export function CompareView({ body, today, t }: { body: Record<string, unknown>; today: IsoDate; t: Translate }) {
  const rows = JURISDICTIONS.map((code) => ({ code, answer: answerEligibility({ body: { ...body, jurisdiction: code }, today }) }));
  return (
    <TitledSection
      id="compare-title"
      title={t("check.compareTitle")}
      className="rounded-lg border border-stone-200 bg-white p-4"
      titleClassName="mb-1 text-lg font-semibold"
    >
      <p className="mb-3 text-sm text-stone-700">{t("check.compareIntro")}</p>
      <div className="-mx-4 overflow-x-auto px-4" tabIndex={0} role="region" aria-label={t("check.compareTitle")}>
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">{t("check.compareTitle")}</caption>
          <thead>
            <HeadRow
              labels={[t("check.compareJurisdiction"), t("check.compareResult"), t("check.compareMet"), t("check.compareMembers")]}
              cellClassName="px-2 py-2"
            />
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
    </TitledSection>
  );
}
