import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { auditPage, auditVocabulary } from "@/lib/admin/audit-trail";
import { getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { LINK } from "@/components/admin/fields";
import { AuditFilterCard } from "@/components/admin/audit-filter";
import { auditQuery, readAuditFilter } from "./filter";
import { actionLabel, entityLabel } from "@/lib/audit/labels";
import { AuditLines } from "@/components/admin/audit-lines";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("admin.audit.title");

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("read:audit:any", "/admin/audit");
  const { t, locale } = await getT();
  const filter = readAuditFilter(await searchParams);
  const db = getDb();
  const [page, vocabulary] = await Promise.all([auditPage({ db, actor, filter, locale }), auditVocabulary({ db, actor })]);
  const actionChoices = vocabulary.actions
    .map((v) => ({ value: v, label: actionLabel({ action: v, locale }) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const typeChoices = vocabulary.entityTypes.map((v) => ({ value: v, label: entityLabel({ entityType: v, locale }) }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("admin.audit.title")}</h1>
      <AuditFilterCard t={t} filter={filter} actionChoices={actionChoices} typeChoices={typeChoices} />
      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-stone-600">{t("admin.audit.maskedNote")}</p>
          <a href={`/admin/audit/export${auditQuery(filter)}`} className={LINK} data-testid="audit-export" download>
            {t("admin.audit.export")}
          </a>
        </div>
        {page.rows.length === 0 ? (
          <p>{t("admin.audit.none")}</p>
        ) : (
          <Table
            caption={t("admin.audit.caption")}
            head={[t("admin.audit.at"), t("admin.actor"), t("admin.audit.action"), t("admin.audit.entity"), t("admin.audit.data")]}
          >
            {page.rows.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap">{formatDateTime(e.at, locale)}</Td>
                <Td className="font-mono">{e.actor ?? t("admin.audit.system")}</Td>
                <Td>{e.actionText}</Td>
                <Td>
                  <span className="block text-xs text-stone-600">{e.entityTypeText}</span>
                  {e.entity ?? <span className="font-mono text-xs">{e.entityId.slice(0, 8)}</span>}
                </Td>
                <Td className="max-w-md break-words text-sm">
                  <AuditLines lines={e.lines} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
        <nav aria-label={t("admin.users.pager")} className="mt-4 flex flex-wrap gap-4">
          {filter.before ? (
            <Link href={`/admin/audit${auditQuery(filter)}`} className={LINK}>
              {t("admin.audit.first")}
            </Link>
          ) : null}
          {page.next ? (
            <Link href={`/admin/audit${auditQuery(filter, page.next)}`} className={LINK}>
              {t("admin.audit.more")}
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}
