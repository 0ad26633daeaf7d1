"use client";
import { usePathname, useSearchParams } from "next/navigation";

/** A plain link to /locale, so it works without JavaScript; the client part only knows the page. */
export function LocaleSwitch({ to, label, ariaLabel }: { to: string; label: string; ariaLabel: string }) {
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString();
  const back = search ? `${pathname}?${search}` : pathname;
  return (
    <a
      href={`/locale?to=${encodeURIComponent(to)}&back=${encodeURIComponent(back)}`}
      lang={to}
      aria-label={ariaLabel}
      className="rounded border border-red-200 px-2 py-1 hover:bg-brand-700"
    >
      {label}
    </a>
  );
}
