import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { queueOverview } from "@/lib/stats/queue-overview";
import { ALL_PERMIT_STATUSES, ALL_STATUSES } from "@/lib/applications/statuses";
import { getT } from "@/lib/i18n/server";
import { Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("supervisor.title") };
}


export default async function SupervisorHome() {
  const actor = await requirePagePermission("read:stats:jurisdiction", "/supervision");
  const { t } = await getT();
  const db = getDb();
  const now = new Date();
  const [scope, overview] = await Promise.all([
    actor.jurisdictionId ? db.jurisdiction.findUnique({ where: { id: actor.jurisdictionId }, select: { name: true } }) : null,
    queueOverview({ db, actor, now }),
  ]);
  const oldestDays = overview.oldestSubmittedAt ? Math.floor((now.getTime() - overview.oldestSubmittedAt.getTime()) / 86_400_000) : null;
  const onTime = overview.decidedLast30 ? `${Math.round((overview.decidedOnTimeLast30 / overview.decidedLast30) * 100)}%` : "—";

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("supervisor.title")}</h1>
        <p className="text-stone-700">{t("supervisor.scope", { name: scope?.name ?? "—" })}</p>
      </div>
      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-lg font-semibold">{t("supervisor.openTitle")}</h2>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
          <Stat label={t("supervisor.open")} value={overview.open} />
          <Stat label={t("supervisor.overdue")} value={overview.overdue} tone={overview.overdue ? "warn" : "default"} />
          <Stat label={t("supervisor.oldest")} value={oldestDays === null ? "—" : t("supervisor.days", { n: oldestDays })} />
          <Stat label={t("supervisor.decided30")} value={overview.decidedLast30} />
          <Stat label={t("supervisor.onTime")} value={onTime} />
        </div>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("supervisor.byStatus")}>
          <Table caption={t("supervisor.byStatus")} head={[t("applicant.status"), "#"]}>
            {ALL_STATUSES.map((s) => (
              <tr key={s}>
                <Td>{t(`status.${s}`)}</Td>
                <Td className="tabular-nums">{overview.byStatus[s] ?? 0}</Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title={t("supervisor.byStation")}>
          {overview.byStation.length === 0 ? (
            <p className="text-stone-600">{t("common.none")}</p>
          ) : (
            <Table caption={t("supervisor.byStation")} head={[t("supervisor.station"), t("supervisor.open"), t("supervisor.overdue")]}>
              {overview.byStation.map((s) => (
                <tr key={s.stationId}>
                  <Td>{s.name}</Td>
                  <Td className="tabular-nums">{s.open}</Td>
                  <Td className={`tabular-nums ${s.overdue ? "font-semibold text-red-700" : ""}`}>{s.overdue}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
      <Card title={t("supervisor.permitsTitle")}>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {ALL_PERMIT_STATUSES.map((s) => (
            <Stat key={s} label={t(`permitStatus.${s}`)} value={overview.permitsByStatus[s] ?? 0} tone={s === "SUSPENDED" && overview.permitsByStatus[s] ? "warn" : "default"} />
          ))}
        </div>
      </Card>
    </div>
  );
}
