import Link from "next/link";

/** Links between the KPI pages; the current one is marked for assistive technology. */
export function KpiNav({ label, items, current }: { label: string; items: { href: string; text: string; id: string }[]; current: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={item.href} aria-current={item.id === current ? "page" : undefined} className={item.id === current ? "font-semibold text-stone-900" : "text-blue-800 underline underline-offset-2"}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
