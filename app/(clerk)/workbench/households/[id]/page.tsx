// The register as the clerk sees it: one household, its members with relation and masked numbers, and
// the history of memberships (joined / left, with reasons). Scoped: another station's household is a 404.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { loadStationHousehold } from "@/lib/registry/household-view";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { formatDate, isoDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { isUuid } from "@/lib/security/uuid";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("workbench.title");

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("read:household:station", `/workbench/households/${id}`);
  if (!isUuid(id)) notFound();
  const { t, locale } = await getT();
  const household = await loadStationHousehold({ db: getDb(), actor, householdId: id });
  if (!household) notFound();
  const current = household.memberships.filter((m) => m.validTo === null);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/workbench" className="text-sm text-brand-700 underline">
          ← {t("workbench.backToQueue")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t("workbench.householdTitle", { number: household.householdNumber })}</h1>
        <p className="text-stone-700">{household.address}</p>
        <div className="mt-1 flex flex-wrap gap-2 text-sm">
          <Badge>{t(`workbench.householdTypes.${household.type}`)}</Badge>
          <Badge tone="muted">{t(`area.${household.area}`)}</Badge>
          <span>
            {t("workbench.householdStation")}：{household.station.name}
          </span>
          {household.closedOn ? (
            <Badge tone="warn">{t("workbench.householdClosed", { date: formatDate(household.closedOn, locale) })}</Badge>
          ) : null}
        </div>
      </div>
      <Card title={t("workbench.currentMembers")}>
        {current.length === 0 ? (
          <p className="text-stone-700">{t("workbench.noCurrentMembers")}</p>
        ) : (
          <Table
            caption={t("workbench.currentMembers")}
            head={[t("workbench.name"), t("workbench.relation"), t("workbench.citizenId"), t("authz.birthYear"), t("workbench.joined")]}
          >
            {current.map((m) => (
              <tr key={m.id} data-testid={`member-${m.person.name}`}>
                <Td>{m.person.name}</Td>
                <Td>{t(`relation.${m.relation}`)}</Td>
                <Td className="font-mono">{maskCitizenId(m.person.citizenId)}</Td>
                {/* The year only beside the masked number (L3, decision record 0262). */}
                <Td>{isoDate(m.person.birthDate).slice(0, 4)}</Td>
                <Td>{formatDate(m.validFrom, locale)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title={t("workbench.historyMembers")}>
        <Table
          caption={t("workbench.historyMembers")}
          head={[t("workbench.name"), t("workbench.relation"), t("workbench.joined"), t("workbench.left"), t("workbench.reason")]}
        >
          {household.memberships.map((m) => (
            <tr key={m.id} data-testid="membership-row">
              <Td>
                {m.person.name}
                <div className="font-mono text-xs text-stone-600">{maskCitizenId(m.person.citizenId)}</div>
              </Td>
              <Td>{t(`relation.${m.relation}`)}</Td>
              <Td>{formatDate(m.validFrom, locale)}</Td>
              <Td>{m.validTo ? formatDate(m.validTo, locale) : <Badge tone="ok">{t("workbench.stillHere")}</Badge>}</Td>
              <Td className="break-words">{m.reason ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}
