// GET /supervision/cases/export?… — the case list behind a figure as CSV (masked like the page).
import { NextResponse, type NextRequest } from "next/server";
import { getRouteActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { DomainError, logUnexpected } from "@/lib/errors";
import { csvHeaders } from "@/lib/export/csv";
import { chinaDate } from "@/lib/clock";
import { getT } from "@/lib/i18n/server";
import { parsePeriod } from "@/lib/stats/period";
import { caseListFilterSchema } from "@/lib/stats/supervision-cases";
import { exportCases } from "@/lib/stats/supervision-export";
import { plain, queryOf } from "./respond";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const [actor, { t, locale }] = await Promise.all([getRouteActor(), getT()]);
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  if (!actor)
    return new NextResponse(null, {
      status: 303,
      headers: { Location: `/signin?callbackUrl=${encodeURIComponent("/supervision/cases")}` },
    });
  if (!can(actor, "read:application:jurisdiction")) return plain(403, t("forbidden.body"));
  const now = new Date();
  const query = queryOf(request);
  const { period } = parsePeriod({ query, today: chinaDate(now) });
  const filter = caseListFilterSchema.parse(query);
  try {
    const file = await exportCases({ db: getDb(), actor, filter, period, now, t, english: locale === "en" });
    return new NextResponse(file.csv, { status: 200, headers: csvHeaders(file.filename) });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return plain(404, t("common.notFound"));
    return plain(500, `${t("common.genericError")} ${t("common.errorId", { id: logUnexpected(error, "supervision cases export") })}`);
  }
}
