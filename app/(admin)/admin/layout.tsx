// The admin area's navigation. A convenience only: every page and action checks its own permission.
import Link from "next/link";
import { getT } from "@/lib/i18n/server";

const LINKS = [
  ["/admin", "home"],
  ["/admin/users", "users"],
  ["/admin/units", "units"],
  ["/admin/audit", "audit"],
  ["/admin/reference", "reference"],
] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { t } = await getT();
  return (
    <div className="space-y-6">
      <nav aria-label={t("admin.nav.label")} className="border-b border-stone-200 pb-2">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {LINKS.map(([href, key]) => (
            <li key={href}>
              <Link href={href} className="font-medium text-blue-800 underline-offset-4 hover:underline">
                {t(`admin.nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
