// GET /supervision/kpi/assessment/export?year=… — the 黔南 county assessment as CSV (UTF-8 with BOM):
// every input with its source, every step and the points. Same scope rule as the page.
import { NextResponse, type NextRequest } from "next/server";
import { getRouteActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError, logUnexpected } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { csvHeaders, toCsv } from "@/lib/export/csv";
import { assessmentOverview } from "@/lib/stats/assessment";
import { assessmentCsv } from "@/lib/stats/assessment-tables";
import { assessmentYear } from "../year";

export const dynamic = "force-dynamic";

function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export async function GET(request: NextRequest) {
  const [actor, { t }] = await Promise.all([getRouteActor(), getT()]);
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  if (!actor) {
    const back = `/supervision/kpi/assessment/export?${request.nextUrl.searchParams.toString()}`;
    return new NextResponse(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent(back)}` } });
  }
  if (!can(actor, "read:stats:jurisdiction") && !can(actor, "read:stats:any")) return plain(403, t("forbidden.body"));
  try {
    const db = getDb();
    const { year } = await assessmentYear({ db, search: Object.fromEntries(request.nextUrl.searchParams.entries()) });
    const { counties } = await assessmentOverview({ db, actor, year });
    const table = assessmentCsv({ t, counties });
    return new NextResponse(toCsv(table), { status: 200, headers: csvHeaders(`${t("kpi.assessment.csvName")}-${year}.csv`) });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return plain(404, t("common.notFound"));
    const errorId = logUnexpected(error, "assessment export");
    return plain(500, `${t("common.genericError")} ${t("common.errorId", { id: errorId })}`);
  }
}
