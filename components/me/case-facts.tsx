// The engine's answer at submission with its clauses (the facts in words are components/workbench/facts-view.tsx).
// JSON in the row (ELIGIBILITY-V1 shape), read defensively: the page must not break on a case filed before a
// field existed.
import type { Translate } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { Badge } from "@/components/ui/card";
import { Mark } from "@/components/ui/status-icon";

type Snapshot = {
  eligible?: boolean;
  policy?: { title?: string; documentNumber?: string | null } | null;
  pathways?: { id: string; eligible: boolean; summary?: string; summaryEn?: string; citation?: { document: string; clause: string } }[];
  notes?: { code: string; messageZh?: string; messageEn?: string }[];
};

export function EngineAnswer({ snapshot, t, locale }: { snapshot: unknown; t: Translate; locale: Locale }) {
  const s = snapshot as Snapshot | null;
  if (!s || typeof s !== "object" || s.eligible === undefined) return <p className="text-stone-600">{t("me.case.engineNone")}</p>;
  // The met pathways first: they are what the case rests on.
  const pathways = [...(s.pathways ?? [])].sort((x, y) => Number(y.eligible) - Number(x.eligible)).slice(0, 6);
  return (
    <div className="space-y-2">
      <p>
        <Badge tone={s.eligible ? "ok" : "warn"}>{s.eligible ? t("me.case.engineEligible") : t("me.case.engineNotEligible")}</Badge>
        {s.policy?.title ? (
          <span className="ml-2 text-sm text-stone-700">
            {s.policy.title}
            {s.policy.documentNumber ? `（${s.policy.documentNumber}）` : ""}
          </span>
        ) : null}
      </p>
      <ul className="space-y-1">
        {pathways.map((p) => (
          <li key={p.id} className="text-sm">
            <span className={p.eligible ? "font-medium text-green-900" : "text-stone-700"}>
              <Mark ok={p.eligible}>{locale === "en" ? (p.summaryEn ?? p.summary) : p.summary}</Mark>
            </span>
            {p.citation ? (
              <span className="text-stone-600">
                {" "}
                · {p.citation.document} {p.citation.clause}
              </span>
            ) : null}
            <span className="sr-only"> ({p.eligible ? t("me.case.engineMet") : t("me.case.engineUnmet")})</span>
          </li>
        ))}
      </ul>
      {(s.notes ?? []).map((n) => (
        <p key={n.code} className="text-sm text-stone-700">
          {locale === "en" ? n.messageEn : n.messageZh}
        </p>
      ))}
    </div>
  );
}
