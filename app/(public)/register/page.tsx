import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { getT } from "@/lib/i18n/server";
import { RegisterForm } from "./register-form";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("apply.register.title");

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ t }, actor, params] = await Promise.all([getT(), getActor(), searchParams]);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (actor) redirect(callbackUrl ?? ROLE_HOME[actor.role]);
  const signIn = `/signin${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("apply.register.title")}</h1>
      <p className="leading-relaxed text-stone-700">{t("apply.register.intro")}</p>
      <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">{t("apply.register.verifyNote")}</p>
      <section className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
        <RegisterForm
          callbackUrl={callbackUrl}
          labels={{
            name: t("apply.register.name"),
            nameHint: t("apply.register.nameHint"),
            citizenId: t("apply.register.citizenId"),
            citizenIdHint: t("apply.register.citizenIdHint"),
            phone: t("apply.register.phone"),
            phoneHint: t("apply.register.phoneHint"),
            password: t("apply.register.password"),
            passwordHint: t("apply.register.passwordHint"),
            passwordConfirm: t("apply.register.passwordConfirm"),
            submit: t("apply.register.submit"),
            errorTitle: t("apply.section.errorTitle"),
            unexpected: `${t("common.genericError")} ${t("common.errorId", { id: "{id}" })}`,
          }}
        />
      </section>
      <p>
        {t("apply.register.haveAccount")}{" "}
        <Link href={signIn} className="text-blue-800 underline underline-offset-2">
          {t("apply.register.signIn")}
        </Link>
      </p>
    </div>
  );
}
