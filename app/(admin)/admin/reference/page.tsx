import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { REFERENCE_PAGES } from "@/components/kpi/ref-form";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("kpi.reference.title");

export default async function ReferenceHome() {
  await requirePagePermission("manage:reference:any", "/admin/reference");
  const { t } = await getT();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("kpi.reference.title")}</h1>
      <p className="text-stone-700">{t("kpi.reference.intro")}</p>
      <ul className="list-disc space-y-1 pl-5">
        {REFERENCE_PAGES.map((p) => (
          <li key={p}>
            <Link href={`/admin/reference/${p}`} className="text-blue-800 underline underline-offset-2">
              {t(`kpi.reference.${p}.title`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
