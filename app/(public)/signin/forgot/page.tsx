// 忘记密码: how a resident gets back in. With no channel that reaches the person (lib/inbox), the
// only honest way is the counter: the ID card checked in person, a one-time password issued there
// (docs/decisions/0240). The page says the same to everyone and asks for nothing, so it tells nobody
// whether an account exists.
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { personalChannel } from "@/lib/inbox";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("forgot.title");

const LINK = "font-medium text-blue-800 underline underline-offset-2";

export default async function ForgotPasswordPage() {
  const { t } = await getT();
  // An online reset would be offered here once a personal channel exists; none does, none is pretended.
  const channel = personalChannel();
  return (
    <div className="mx-auto max-w-2xl">
      <section className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h1 className="mb-3 text-2xl font-bold">{t("forgot.title")}</h1>
        <p className="mb-4">{t("forgot.intro")}</p>
        {channel ? null : (
          <div data-testid="counter-reset">
            <p className="mb-3 font-medium">{t("forgot.noChannel")}</p>
            <ol className="mb-4 list-decimal space-y-2 pl-6">
              <li>{t("forgot.step1")}</li>
              <li>{t("forgot.step2")}</li>
              <li>{t("forgot.step3")}</li>
              <li>{t("forgot.step4")}</li>
            </ol>
            <p className="mb-2 rounded bg-amber-50 px-3 py-2 text-amber-900">{t("forgot.lockedNote")}</p>
            <p className="mb-2 rounded bg-amber-50 px-3 py-2 text-amber-900" data-testid="taken-note">
              {t("forgot.takenNote")}
            </p>
          </div>
        )}
        <p className="mb-4 text-sm text-stone-600">{t("forgot.staffNote")}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/signin" className={LINK}>
            {t("forgot.back")}
          </Link>
          <span>
            {t("forgot.noAccount")}{" "}
            <Link href="/register" className={LINK}>
              {t("forgot.register")}
            </Link>
          </span>
        </p>
      </section>
    </div>
  );
}
