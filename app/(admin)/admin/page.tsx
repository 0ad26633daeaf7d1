import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { loadAdminHome } from "@/lib/admin/admin-home";
import { getT } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/format";
import { chinaDate, coverageAlert } from "@/lib/clock";
import { Card, Stat } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { CalendarCoverageWarning } from "@/components/calendar-coverage";
import { chinaMidnight } from "@/lib/clock/day";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("admin.title");

const CARDS = [
  ["/admin/users", "users", "usersBody"],
  ["/admin/units", "units", "unitsBody"],
  ["/admin/audit", "audit", "auditBody"],
  ["/admin/reference", "reference", "referenceBody"],
] as const;

export default async function AdminHome() {
  const actor = await requirePagePermission("manage:user:any", "/admin");
  const { t, locale } = await getT();
  const now = new Date();
  const { activeUsers, units, auditToday, locked, recent, coverage } = await loadAdminHome({ db: getDb(), actor, now });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <p>{t("admin.home.intro")}</p>
      <CalendarCoverageWarning
        alert={coverageAlert({ coverage, today: chinaDate(now) })}
        t={t}
        formatDay={(iso) => formatDate(chinaMidnight(iso), locale)}
        manageHref="/admin/reference/calendar"
      />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label={t("admin.home.activeUsers")} value={activeUsers} />
        <Stat label={t("admin.home.lockedUsers")} value={locked.size} tone={locked.size > 0 ? "warn" : "default"} />
        <Stat label={t("admin.home.units")} value={units} />
        <Stat label={t("admin.home.auditToday")} value={auditToday} />
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {CARDS.map(([href, key, body]) => (
          <li key={href}>
            <Card title={t(`admin.nav.${key}`)} className="h-full">
              <p className="mb-3 text-stone-700">{t(`admin.home.${body}`)}</p>
              <Link href={href} className="font-medium text-blue-800 underline underline-offset-2">
                {t("admin.home.open")}
                <span className="sr-only">：{t(`admin.nav.${key}`)}</span>
              </Link>
            </Card>
          </li>
        ))}
      </ul>
      <Card title={t("admin.auditTitle")}>
        <Table caption={t("admin.auditTitle")} head={[t("admin.at"), t("admin.actor"), t("admin.action"), t("admin.entity")]}>
          {recent.rows.slice(0, 15).map((e) => (
            <tr key={e.id}>
              <Td>{formatDateTime(e.at, locale)}</Td>
              <Td className="font-mono">{e.actor ?? "—"}</Td>
              <Td className="font-mono">{e.action}</Td>
              <Td className="text-xs">{e.entity ?? `${e.entityType} ${e.entityId.slice(0, 8)}`}</Td>
            </tr>
          ))}
        </Table>
        <p className="mt-3">
          <Link href="/admin/audit" className="font-medium text-blue-800 underline underline-offset-2">
            {t("admin.nav.audit")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
