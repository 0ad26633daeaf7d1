// The facts as submitted, in plain words, and the engine's answer at submission with its clauses.
// Both are JSON in the row (ELIGIBILITY-V1 shapes), read defensively: the page must not break on
// a case filed before a field existed.
import type { Translate } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { Badge } from "@/components/ui/card";
import { Mark } from "@/components/ui/status-icon";

type Facts = {
  applicant?: {
    birthDate?: string;
    hukou?: { jurisdiction?: string; area?: string } | null;
    residence?: { type?: string; months?: number };
    employment?: { type?: string; months?: number };
    socialInsurance?: { urbanMonths?: number };
  };
  members?: { relation?: string; birthDate?: string }[];
};

type Snapshot = {
  eligible?: boolean;
  policy?: { title?: string; documentNumber?: string | null } | null;
  pathways?: { id: string; eligible: boolean; summary?: string; summaryEn?: string; citation?: { document: string; clause: string } }[];
  notes?: { code: string; messageZh?: string; messageEn?: string }[];
};

const RESIDENCE = ["owned", "rented_registered", "rented", "dormitory", "relative", "none"] as const;
const EMPLOYMENT = ["employee", "self_employed", "business_owner", "public_sector", "flexible", "none"] as const;
const RELATIONS: Record<string, string> = { spouse: "SPOUSE", child: "CHILD", parent: "PARENT", grandparent: "GRANDPARENT", grandchild: "GRANDCHILD" };

export function CaseFacts({ facts, t }: { facts: unknown; t: Translate }) {
  const f = (facts ?? {}) as Facts;
  const a = f.applicant;
  if (!a) return null;
  const rows: [string, string][] = [];
  if (a.birthDate) rows.push([t("mycase.facts.birthYear"), a.birthDate.slice(0, 4)]);
  if (a.hukou !== undefined) {
    const where = !a.hukou ? t("mycase.facts.noHukou") : a.hukou.jurisdiction === "elsewhere" ? t("mycase.facts.elsewhere") : (a.hukou.jurisdiction ?? "—");
    const area = a.hukou?.area ? ` · ${t(`area.${a.hukou.area.toUpperCase() as "TOWN"}`)}` : "";
    rows.push([t("mycase.facts.hukou"), where + area]);
  }
  if (a.residence?.type && (RESIDENCE as readonly string[]).includes(a.residence.type)) {
    const type = t(`mycase.facts.residenceType.${a.residence.type as (typeof RESIDENCE)[number]}`);
    rows.push([t("mycase.facts.residence"), a.residence.months !== undefined ? `${type}，${t("mycase.facts.months", { months: a.residence.months })}` : type]);
  }
  if (a.employment?.type && (EMPLOYMENT as readonly string[]).includes(a.employment.type)) {
    const type = t(`mycase.facts.employmentType.${a.employment.type as (typeof EMPLOYMENT)[number]}`);
    rows.push([t("mycase.facts.employment"), a.employment.months !== undefined ? `${type}，${t("mycase.facts.months", { months: a.employment.months })}` : type]);
  }
  if (a.socialInsurance?.urbanMonths !== undefined) rows.push([t("mycase.facts.insurance"), t("mycase.facts.months", { months: a.socialInsurance.urbanMonths })]);
  const members = (f.members ?? []).filter((m) => m.relation && RELATIONS[m.relation]);
  return (
    <div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt className="text-sm text-stone-600">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {members.length > 0 ? (
        <>
          <h3 className="mt-3 font-medium">{t("mycase.case.members")}</h3>
          <ul className="list-disc pl-5">
            {members.map((m, i) => (
              <li key={i}>{t("mycase.case.memberItem", { relation: t(`relation.${RELATIONS[m.relation!] as "SPOUSE"}`), year: m.birthDate?.slice(0, 4) ?? "—" })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function EngineAnswer({ snapshot, t, locale }: { snapshot: unknown; t: Translate; locale: Locale }) {
  const s = snapshot as Snapshot | null;
  if (!s || typeof s !== "object" || s.eligible === undefined) return <p className="text-stone-600">{t("mycase.case.engineNone")}</p>;
  // The met pathways first: they are what the case rests on.
  const pathways = [...(s.pathways ?? [])].sort((x, y) => Number(y.eligible) - Number(x.eligible)).slice(0, 6);
  return (
    <div className="space-y-2">
      <p>
        <Badge tone={s.eligible ? "ok" : "warn"}>{s.eligible ? t("mycase.case.engineEligible") : t("mycase.case.engineNotEligible")}</Badge>
        {s.policy?.title ? <span className="ml-2 text-sm text-stone-700">{s.policy.title}{s.policy.documentNumber ? `（${s.policy.documentNumber}）` : ""}</span> : null}
      </p>
      <ul className="space-y-1">
        {pathways.map((p) => (
          <li key={p.id} className="text-sm">
            <span className={p.eligible ? "font-medium text-green-900" : "text-stone-700"}><Mark ok={p.eligible}>{locale === "en" ? (p.summaryEn ?? p.summary) : p.summary}</Mark></span>
            {p.citation ? <span className="text-stone-600"> · {p.citation.document} {p.citation.clause}</span> : null}
            <span className="sr-only"> ({p.eligible ? t("mycase.case.engineMet") : t("mycase.case.engineUnmet")})</span>
          </li>
        ))}
      </ul>
      {(s.notes ?? []).map((n) => (
        <p key={n.code} className="text-sm text-stone-700">{locale === "en" ? n.messageEn : n.messageZh}</p>
      ))}
    </div>
  );
}
