// 重置申请人密码: the officer at the 户籍窗口 resets a resident's forgotten password after checking the
// ID card in person (docs/decisions/0240). Applicant accounts only; the action and lib check again.
import { requirePagePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { counterResetEn } from "@/lib/i18n/features/password-reset/en";
import { counterResetZh } from "@/lib/i18n/features/password-reset/zh-CN";
import { Card } from "@/components/ui/card";
import { CounterResetForm } from "./counter-reset-form";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { BackLink } from "@/components/ui/back-link";

export const generateMetadata = pageMetadata("counterReset.title");

export default async function CounterResetPage() {
  await requirePagePermission("reset:password:any", "/workbench/password-reset");
  const { t, locale } = await getT();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <BackLink href="/workbench">{t("counterReset.back")}</BackLink>
      <h1 className="text-2xl font-bold">{t("counterReset.title")}</h1>
      <p>{t("counterReset.intro")}</p>
      <p className="text-sm text-stone-700">{t("counterReset.staffNote")}</p>
      <Card>
        <CounterResetForm labels={locale === "en" ? counterResetEn : counterResetZh} />
      </Card>
    </div>
  );
}
