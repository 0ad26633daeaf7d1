// The KPI pages' GET parameters (the chooser is a plain GET form, so it works without JavaScript).
// Anything malformed falls back to the default instead of failing: a bad link still shows a page.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can, type Actor } from "@/lib/auth/permissions";
import { todayInChina } from "@/lib/policy/dates";
import { firstValue, type SearchParams } from "@/lib/search-params";

export const MIN_YEAR = 2013;

/** The current year in China. */
export function thisYear(now = new Date()): number {
  return Number(todayInChina({ now }).slice(0, 4));
}

const year = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(MIN_YEAR)
    .max(thisYear() + 1)
    .catch(fallback);

export function parseKpiParams(search: SearchParams) {
  const one = (key: string) => firstValue(search[key]);
  const schema = z.object({
    unit: z.uuid().nullable().catch(null),
    year: year(thisYear()),
    fromYear: year(2016),
    on: z.iso.date().nullable().catch(null),
  });
  const parsed = schema.parse({ unit: one("unit") ?? null, year: one("year"), fromYear: one("fromYear"), on: one("on") || null });
  return { unitId: parsed.unit, year: parsed.year, fromYear: Math.min(parsed.fromYear, parsed.year), on: parsed.on };
}

/** Supervisors (their subtree) and administrators (everything) read statistics; anyone else gets 403. */
export async function requireStatsPage(callbackUrl: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (!can(actor, "read:stats:jurisdiction") && !can(actor, "read:stats:any")) forbidden();
  return actor;
}

export function kpiQuery(
  params: { unitId: string | null; year: number; fromYear?: number; on?: string | null },
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams();
  if (params.unitId) q.set("unit", params.unitId);
  if (params.on) q.set("on", params.on);
  q.set("year", String(params.year));
  if (params.fromYear !== undefined) q.set("fromYear", String(params.fromYear));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}
