// Decisions a supervisor should look at again: decisions against the engine's answer (approvals and
// refusals, each labelled) and refusals of the period.
import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import type { Period } from "@/lib/stats/period";
import type { SupervisionCaseRow } from "@/lib/stats/supervision-cases";
import { chinaDate } from "@/lib/clock";
import { Card } from "@/components/ui/card";
import { casesHref } from "./links";

export interface ReviewList {
  kind: "against" | "refused";
  rows: SupervisionCaseRow[];
  total: number;
}

export function ReviewLists({ lists, t, period, english }: { lists: ReviewList[]; t: Translate; period: Period; english: boolean }) {
  return (
    <Card title={t("supervision.review.title")}>
      <p className="mb-3 text-sm text-stone-700">{t("supervision.review.hint")}</p>
      <div className="grid gap-6 md:grid-cols-2">
        {lists.map((list) => (
          <section key={list.kind} aria-labelledby={`review-${list.kind}`}>
            <h3 id={`review-${list.kind}`} className="font-semibold">
              {t(`supervision.review.${list.kind}`)}{" "}
              <span className="font-normal text-stone-600">· {t("supervision.review.count", { n: list.total })}</span>
            </h3>
            {list.rows.length === 0 ? (
              <p className="text-sm text-stone-600">{t("supervision.review.none")}</p>
            ) : (
              <ul className="mt-2 divide-y divide-stone-100 text-sm">
                {list.rows.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-2 py-1.5">
                    <span>
                      <Link href={`/workbench/cases/${r.id}`} className="font-mono text-brand-700 underline">
                        {r.number}
                      </Link>
                      {list.kind === "against" ? (
                        <span className="ml-2 text-xs font-medium text-stone-700">
                          {t(r.status === "REJECTED" ? "workbench.againstEngineRefusalMark" : "workbench.againstEngineMark")}
                        </span>
                      ) : null}
                    </span>
                    <span className="text-stone-700">
                      {english && r.stationEn ? r.stationEn : r.station} · {r.applicantName} · {r.decidedAt ? chinaDate(r.decidedAt) : "—"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {list.total > list.rows.length ? (
              <Link
                href={casesHref({ link: { decided: list.kind }, period })}
                className="mt-2 inline-block text-sm text-brand-700 underline"
              >
                {t("supervision.review.viewAll")}
              </Link>
            ) : null}
          </section>
        ))}
      </div>
    </Card>
  );
}
