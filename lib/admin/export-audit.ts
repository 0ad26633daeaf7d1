// Exporting the audit trail is itself audited: the rows the filter selects (up to the export limit), and one
// audit row saying who exported what, how many rows, and whether the file was cut short.
import type { Db } from "@/lib/db";
import type { Locale } from "@/lib/i18n";
import type { Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditExport, type AuditFilter } from "./audit-trail";

export async function exportAuditTrail(options: { db: Db; actor: Actor; filter: AuditFilter; locale?: Locale }) {
  const { db, actor, filter } = options;
  const { rows, truncated } = await auditExport({ db, actor, filter, locale: options.locale });
  await db.$transaction((tx) =>
    writeAudit({
      tx,
      event: {
        actorId: actor.id,
        action: "audit.export",
        entityType: "AuditEvent",
        entityId: "export",
        data: { ...filter, rows: rows.length, truncated },
      },
    }),
  );
  return { rows, truncated };
}
