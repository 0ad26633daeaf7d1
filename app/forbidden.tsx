import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getT();
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6" role="alert">
      <h1 className="mb-2 text-2xl font-bold text-red-800">{t("forbidden.title")}</h1>
      <p className="mb-4">{t("forbidden.body")}</p>
      <Link href="/home" className="font-medium text-blue-800 underline">
        {t("forbidden.goHome")}
      </Link>
    </div>
  );
}
