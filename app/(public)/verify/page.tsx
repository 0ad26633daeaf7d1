// /verify — enter a certificate's verification code. Public; a submitted code goes to /verify/<code>.
import { redirect } from "next/navigation";
import { getT } from "@/lib/i18n/server";
import { VerifyForm } from "./verify-form";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("certificate.verify.title", { robots: { index: false, follow: false } });

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const [{ t }, params] = await Promise.all([getT(), searchParams]);
  const submitted = typeof params.code === "string" ? params.code : null;
  const value = submitted?.trim().slice(0, 40) ?? "";
  if (value) redirect(`/verify/${encodeURIComponent(value)}`);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("certificate.verify.title")}</h1>
        <p className="mt-2 text-stone-700">{t("certificate.verify.intro")}</p>
      </div>
      <section className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <VerifyForm t={t} error={submitted !== null ? t("certificate.verify.required") : null} />
      </section>
    </div>
  );
}
