import Link from "next/link";
import type { Translate } from "@/lib/i18n";

export type StatsPageId = "queue" | "kpi" | "assessment";

/**
 * The supervision pages a reader can move between: queue health (/supervision, supervisors only — an
 * administrator reads statistics but has no queue) and the two KPI pages. One list, so every page
 * links to the same places with the same words. The 黔南 county assessment is offered only to readers
 * whose scope holds 黔南 (lib/stats/assessment.ts assessmentInScope): a 郴州 supervisor has no use for it.
 */
export function statsNavItems(options: {
  t: Translate;
  queue: boolean;
  assessment: boolean;
}): { id: StatsPageId; href: string; text: string }[] {
  const { t } = options;
  return [
    ...(options.queue ? [{ id: "queue" as const, href: "/supervision", text: t("supervision.title") }] : []),
    { id: "kpi", href: "/supervision/kpi", text: t("kpi.nav.kpi") },
    ...(options.assessment ? [{ id: "assessment" as const, href: "/supervision/kpi/assessment", text: t("kpi.nav.assessment") }] : []),
  ];
}

/** Links between the supervision and KPI pages; the current one is marked for assistive technology. */
export function KpiNav({ label, items, current }: { label: string; items: { href: string; text: string; id: string }[]; current: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              href={item.href}
              aria-current={item.id === current ? "page" : undefined}
              className={item.id === current ? "font-semibold text-stone-900" : "text-blue-800 underline underline-offset-2"}
            >
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
