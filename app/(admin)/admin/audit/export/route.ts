// The filtered audit trail as CSV (UTF-8 with BOM, lib/export/csv.ts). A route handler checks its own
// permission: layouts and pages do not guard it. The export itself is audited.
import { getRouteActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { exportAuditTrail } from "@/lib/admin/export-audit";
import { csvHeaders, toCsv } from "@/lib/export/csv";
import { chinaTimestamp } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { readAuditFilter } from "../filter";
import { dayOf } from "@/lib/clock/day";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const actor = await getRouteActor();
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  if (!actor) return new Response("Unauthorized\n", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!can(actor, "read:audit:any")) return new Response("Forbidden\n", { status: 403, headers: { "Cache-Control": "no-store" } });
  const filter = readAuditFilter(new URL(request.url).searchParams);
  const { t, locale } = await getT();
  const { rows } = await exportAuditTrail({ db: getDb(), actor, filter, locale });
  const c = (k: "id" | "at" | "actor" | "action" | "entityType" | "entityId" | "entity" | "data") => t(`admin.audit.csv.${k}`);
  const csv = toCsv({
    header: [c("id"), c("at"), c("actor"), c("action"), c("entityType"), c("entityId"), c("entity"), c("data")],
    // Times in China time with the offset written out (the page shows China time too); actions and record
    // kinds in words, the data as the page's lines.
    rows: rows.map((r) => [
      r.id,
      chinaTimestamp(r.at),
      r.actor ?? "",
      r.actionText,
      r.entityTypeText,
      r.entityId,
      r.entity ?? "",
      r.lines.join(locale === "en" ? "; " : "；"),
    ]),
  });
  const stamp = dayOf(new Date());
  return new Response(csv, { status: 200, headers: csvHeaders(`audit-${stamp}.csv`) });
}
