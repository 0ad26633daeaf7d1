import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="mb-4 text-xl font-bold">{t("common.notFound")}</h1>
      <Link href="/" className="text-blue-800 underline">
        {t("common.home")}
      </Link>
    </div>
  );
}
