// Everyone a decision is about, by name: who is registered (with the number issued for someone who had
// none — masked here, printed in full on the certificate) and who is not, with the reason.
import type { Translate } from "@/lib/i18n";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { Card } from "@/components/ui/card";

interface PersonRow {
  name: string;
  relation: string;
  approved: boolean | null;
  decisionNote: string | null;
  idIssued: boolean;
  citizenId: string | null;
}

export function DecisionPeople({ members, t }: { members: PersonRow[]; t: Translate }) {
  const decided = members.filter((m) => m.approved !== null);
  if (decided.length === 0) return null;
  return (
    <Card title={t("me.decision.people")}>
      <ul className="space-y-2" data-testid="decision-people">
        {decided.map((m, i) => (
          <li key={i} className={m.approved ? "" : "text-red-900"}>
            <span className="font-medium">{m.name}</span>（{t(`relation.${m.relation}` as "relation.CHILD")}）：
            {m.approved ? t("me.decision.personApproved") : t("me.decision.personNotApproved", { reason: m.decisionNote ?? "—" })}
            {m.approved && m.idIssued && m.citizenId ? (
              <span className="ml-1 text-sm">{t("me.decision.numberIssued", { number: maskCitizenId(m.citizenId) })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
