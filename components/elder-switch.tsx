"use client";
import { usePathname, useSearchParams } from "next/navigation";

/** The 长辈版 switch: a plain link to /elder (works without JavaScript); the client part only knows the page. */
export function ElderSwitch({ on, label, ariaLabel }: { on: boolean; label: string; ariaLabel: string }) {
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString();
  const back = search ? `${pathname}?${search}` : pathname;
  return (
    <a
      href={`/elder?on=${on ? "0" : "1"}&back=${encodeURIComponent(back)}`}
      aria-label={ariaLabel}
      data-testid="elder-switch"
      className="rounded border border-red-200 px-2 py-1 font-medium hover:bg-brand-700"
    >
      {label}
    </a>
  );
}
