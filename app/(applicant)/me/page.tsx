import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { applicationScope, householdScope, permitScope } from "@/lib/auth/scope";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import { formatDate, formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { statusTone } from "@/components/status-tone";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("applicant.title") };
}

export default async function ApplicantHome() {
  const actor = await requirePagePermission("read:application:own", "/me");
  const { t, locale } = await getT();
  const db = getDb();
  const [person, households, applications, permits] = await Promise.all([
    actor.personId ? db.person.findUnique({ where: { id: actor.personId } }) : null,
    db.household.findMany({
      where: householdScope(actor),
      include: {
        station: { select: { name: true } },
        memberships: { where: { validTo: null }, include: { person: { select: { name: true, citizenId: true } } }, orderBy: { relation: "asc" } },
      },
    }),
    db.application.findMany({
      where: applicationScope(actor),
      include: { targetJurisdiction: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
    }),
    db.residencePermit.findMany({ where: permitScope(actor), include: { jurisdiction: { select: { name: true } } }, orderBy: { issuedOn: "desc" } }),
  ]);
  // Only the household the person is an active member of; ended memberships are history.
  const current = households.filter((h) => h.memberships.some((m) => m.personId === actor.personId));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("applicant.greeting", { name: actor.displayName })}</h1>
      {person ? (
        <Card title={t("applicant.personTitle")}>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-3">
            <div><dt className="text-sm text-stone-600">{t("applicant.citizenId")}</dt><dd className="font-mono">{maskCitizenId(person.citizenId)}</dd></div>
            <div><dt className="text-sm text-stone-600">{t("applicant.birthDate")}</dt><dd>{formatDate(person.birthDate, locale)}</dd></div>
            <div><dt className="text-sm text-stone-600">{t("applicant.phone")}</dt><dd className="font-mono">{maskPhone(person.phone) || t("common.none")}</dd></div>
          </dl>
        </Card>
      ) : null}

      <Card title={t("applicant.applicationsTitle")}>
        {applications.length === 0 ? (
          <p className="text-stone-600">{t("applicant.noApplications")}</p>
        ) : (
          <Table caption={t("applicant.applicationsTitle")} head={[t("applicant.number"), t("applicant.kind"), t("applicant.target"), t("applicant.status"), t("applicant.submittedAt")]}>
            {applications.map((a) => (
              <tr key={a.id}>
                <Td className="font-mono">{a.number}</Td>
                <Td>{t(`kind.${a.kind}`)}</Td>
                <Td>{a.targetJurisdiction.name} · {t(`area.${a.targetArea}`)}</Td>
                <Td><Badge tone={statusTone(a.status)}>{t(`status.${a.status}`)}</Badge></Td>
                <Td>{formatDateTime(a.submittedAt, locale)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("applicant.householdTitle")}>
          {current.length === 0 ? (
            <p className="text-stone-600">{t("applicant.noHousehold")}</p>
          ) : (
            current.map((h) => (
              <div key={h.id} className="space-y-2">
                <p><span className="text-stone-600">{t("applicant.householdNumber")}{t("common.colon")}</span><span className="font-mono">{h.householdNumber}</span></p>
                <p><span className="text-stone-600">{t("applicant.address")}{t("common.colon")}</span>{h.address}（{h.station.name}）</p>
                <h3 className="pt-2 font-medium">{t("applicant.members")}</h3>
                <ul className="divide-y divide-stone-100">
                  {h.memberships.map((m) => (
                    <li key={m.id} className="flex justify-between py-1.5">
                      <span>{m.person.name}（{t(`relation.${m.relation}`)}）</span>
                      <span className="font-mono text-sm text-stone-600">{maskCitizenId(m.person.citizenId)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
        </Card>
        <Card title={t("applicant.permitsTitle")}>
          {permits.length === 0 ? (
            <p className="text-stone-600">{t("applicant.noPermits")}</p>
          ) : (
            <ul className="space-y-3">
              {permits.map((p) => (
                <li key={p.id} className="rounded border border-stone-200 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-mono">{p.number}</span>
                    <Badge tone={p.status === "VALID" ? "ok" : "warn"}>{t(`permitStatus.${p.status}`)}</Badge>
                  </div>
                  <p className="mt-1 text-sm text-stone-700">{p.jurisdiction.name} · {t("applicant.validUntil")} {formatDate(p.validUntil, locale)}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
