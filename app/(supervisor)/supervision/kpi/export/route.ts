// GET /supervision/kpi/export?table=…&unit=…&year=… — one KPI table as CSV (UTF-8 with BOM), the same
// rows the page shows. Supervisors read their subtree, administrators everything; a unit outside the
// scope is a 404 like a unit that does not exist.
import { NextResponse, type NextRequest } from "next/server";
import { getRouteActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError, logUnexpected } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { csvHeaders, toCsv } from "@/lib/export/csv";
import { KPI_TABLE_IDS, loadKpi, type KpiTableId } from "@/lib/stats/kpi-tables";
import { parseKpiParams } from "../params";

export const dynamic = "force-dynamic";

function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export async function GET(request: NextRequest) {
  const [actor, { t, locale }] = await Promise.all([getRouteActor(), getT()]);
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  const search = Object.fromEntries(request.nextUrl.searchParams.entries());
  if (!actor) {
    const back = `/supervision/kpi/export?${request.nextUrl.searchParams.toString()}`;
    return new NextResponse(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent(back)}` } });
  }
  if (!can(actor, "read:stats:jurisdiction") && !can(actor, "read:stats:any")) return plain(403, t("forbidden.body"));
  const table = search.table as KpiTableId;
  if (!KPI_TABLE_IDS.includes(table)) return plain(404, t("common.notFound"));
  try {
    const params = parseKpiParams(search);
    const data = await loadKpi({ db: getDb(), actor, params, t, locale });
    const chosen = data.tables[table];
    const body = toCsv({ header: chosen.header, rows: chosen.rows });
    return new NextResponse(body, { status: 200, headers: csvHeaders(`${data.unit.name}-${chosen.title}.csv`) });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return plain(404, t("common.notFound"));
    const errorId = logUnexpected(error, "kpi export");
    return plain(500, `${t("common.genericError")} ${t("common.errorId", { id: errorId })}`);
  }
}
