// Links from a figure to the cases behind it, keeping the period.
import { periodQuery, type Period } from "@/lib/stats/period";

export interface CaseLink {
  unit?: string | null;
  status?: "SUBMITTED" | "IN_REVIEW" | "NEEDS_MATERIALS";
  overdue?: boolean;
  decided?: "all" | "approved" | "refused" | "against";
}

export function casesHref(options: { link: CaseLink; period: Period; base?: string }): string {
  const { link } = options;
  const q = new URLSearchParams();
  if (link.unit) q.set("unit", link.unit);
  if (link.status) q.set("status", link.status);
  if (link.overdue) q.set("overdue", "1");
  if (link.decided) q.set("decided", link.decided);
  for (const [k, v] of Object.entries(periodQuery(options.period))) q.set(k, v);
  return `${options.base ?? "/supervision/cases"}?${q}`;
}

export function periodHref(options: { base: string; period: Period }): string {
  return `${options.base}?${new URLSearchParams(periodQuery(options.period))}`;
}
