import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.title") };
}

export default async function AdminHome() {
  await requirePagePermission("manage:user:any", "/admin");
  const { t, locale } = await getT();
  const db = getDb();
  const [users, units, stations, audit] = await Promise.all([
    db.user.findMany({
      orderBy: [{ role: "asc" }, { username: "asc" }],
      take: 100,
      include: { station: { select: { name: true } }, jurisdiction: { select: { name: true } } },
    }),
    db.jurisdiction.count(),
    db.jurisdiction.count({ where: { level: "STATION" } }),
    db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 30, include: { actor: { select: { username: true } } } }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <Card title={t("admin.jurisdictionsTitle")}>
        <p>{t("admin.jurisdictionCount", { units, stations })}</p>
      </Card>
      <Card title={t("admin.usersTitle")}>
        <Table caption={t("admin.usersTitle")} head={[t("admin.username"), t("admin.name"), t("admin.role"), t("admin.scope"), t("admin.lastLogin")]}>
          {users.map((u) => (
            <tr key={u.id}>
              <Td className="font-mono">{u.username}</Td>
              <Td>{u.displayName}</Td>
              <Td>{t(`roles.${u.role}`)}</Td>
              <Td>{u.station?.name ?? u.jurisdiction?.name ?? "—"}</Td>
              <Td>{formatDateTime(u.lastLoginAt, locale)}</Td>
            </tr>
          ))}
        </Table>
      </Card>
      <Card title={t("admin.auditTitle")}>
        <Table caption={t("admin.auditTitle")} head={[t("admin.at"), t("admin.actor"), t("admin.action"), t("admin.entity")]}>
          {audit.map((e) => (
            <tr key={String(e.id)}>
              <Td>{formatDateTime(e.at, locale)}</Td>
              <Td className="font-mono">{e.actor?.username ?? "—"}</Td>
              <Td className="font-mono">{e.action}</Td>
              <Td className="font-mono text-xs">{e.entityType} {e.entityId.slice(0, 8)}</Td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}
