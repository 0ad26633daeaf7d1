import type { Translate } from "@/lib/i18n";
import type { ApplicantHome } from "@/lib/applications/applicant-home";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { isoDate } from "@/lib/format";
import { endorsementWindow } from "@/lib/permits/endorsement-window";
import { canWithdraw } from "@/lib/applications/withdraw-application";
import { ListCard } from "./list-card";
import { PermitCard } from "@/components/me/permit-card";

type Place = (j: { name: string; nameEn: string | null }) => string;

/** The household the person belongs to now, with its members (masked). */
export function HouseholdCard({ home, t }: { home: ApplicantHome; t: Translate }) {
  return (
    <ListCard title={t("me.home.householdTitle")} empty={home.households.length === 0} none={t("me.home.noHousehold")}>
      {home.households.map((h) => (
        <div key={h.id} className="space-y-2">
          <p>
            <span className="text-stone-600">
              {t("me.home.householdNumber")}
              {t("common.colon")}
            </span>
            <span className="font-mono">{h.householdNumber}</span>
          </p>
          <p>
            <span className="text-stone-600">
              {t("me.home.address")}
              {t("common.colon")}
            </span>
            {h.address}（{h.station.name}）
          </p>
          <h3 className="pt-2 font-medium">{t("me.home.members")}</h3>
          <ul className="divide-y divide-stone-100">
            {h.memberships.map((m) => (
              <li key={m.id} className="flex flex-wrap justify-between gap-x-2 py-1.5">
                <span>
                  {m.person.name}（{t(`relation.${m.relation}`)}）
                </span>
                <span className="font-mono text-sm text-stone-600">{maskCitizenId(m.person.citizenId)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </ListCard>
  );
}

/** The residence permits, each with its endorsement offer or the endorsement case already open. */
export function PermitsCard(props: { home: ApplicantHome; t: Translate; place: Place; formatDay: (iso: string) => string; today: string }) {
  const { home, t, place, formatDay, today } = props;
  return (
    <ListCard title={t("me.home.permitsTitle")} empty={home.permits.length === 0} none={t("me.home.noPermits")}>
      <ul className="space-y-3">
        {home.permits.map((p) => {
          const open = home.applications.find((a) => a.kind === "PERMIT_ENDORSEMENT" && a.permitId === p.id && canWithdraw(a.status));
          return (
            <PermitCard
              key={p.id}
              t={t}
              formatDay={formatDay}
              permit={{
                id: p.id,
                number: p.number,
                status: p.status,
                place: place(p.jurisdiction),
                validUntil: formatDay(isoDate(p.validUntil)),
                window: endorsementWindow({ permit: p, today }),
                openCase: open ? { id: open.id, number: open.number, status: open.status, draft: open.status === "DRAFT" } : null,
              }}
            />
          );
        })}
      </ul>
    </ListCard>
  );
}
