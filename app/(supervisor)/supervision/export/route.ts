// GET /supervision/export?period=… — the per-station table as CSV, for a supervisor of the subtree.
import { NextResponse, type NextRequest } from "next/server";
import { getRouteActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { csvHeaders } from "@/lib/export/csv";
import { chinaDate } from "@/lib/clock";
import { getT } from "@/lib/i18n/server";
import { parsePeriod } from "@/lib/stats/period";
import { exportStationHealth } from "@/lib/stats/supervision-export";
import { plain, queryOf } from "../cases/export/respond";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const [actor, { t, locale }] = await Promise.all([getRouteActor(), getT()]);
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  if (!actor)
    return new NextResponse(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent("/supervision")}` } });
  if (!can(actor, "read:stats:jurisdiction")) return plain(403, t("forbidden.body"));
  const now = new Date();
  const { period } = parsePeriod({ query: queryOf(request), today: chinaDate(now) });
  try {
    const file = await exportStationHealth({ db: getDb(), actor, period, now, t, english: locale === "en" });
    return new NextResponse(file.csv, { status: 200, headers: csvHeaders(file.filename) });
  } catch (error) {
    return plain(500, `${t("common.genericError")} ${t("common.errorId", { id: logUnexpected(error, "supervision stations export") })}`);
  }
}
