import { demoMode } from "@/lib/auth/demo-mode";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";

import { getT } from "@/lib/i18n/server";
import { landingFor, safeCallbackUrl } from "@/lib/auth/callback-url";
import { SignInForm } from "./sign-in-form";
import { DemoAccounts } from "./demo-accounts";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("signin.title");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ t, locale }, actor, params] = await Promise.all([getT(), getActor(), searchParams]);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (actor) redirect(landingFor({ role: actor.role, callbackUrl }));
  return (
    <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-2">
      <section className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-bold">{t("signin.title")}</h1>
        <SignInForm
          callbackUrl={callbackUrl ?? "/home"}
          labels={{
            username: t("signin.username"),
            password: t("signin.password"),
            submit: t("signin.submit"),
            submitting: t("signin.submitting"),
            failed: t("signin.failed"),
            lastTry: t("signin.lastTry"),
            lockedNow: t("signin.lockedNow"),
            locked: t("signin.locked"),
            usernameHint: t("signin.usernameHint"),
            required: t("signin.required"),
            throttled: t("signin.throttled"),
            unexpected: t("signin.unexpected"),
          }}
        />
        <p className="mt-4">
          <Link href="/signin/forgot" className="font-medium text-blue-800 underline underline-offset-2">
            {t("forgot.link")}
          </Link>
        </p>
        <p className="mt-4">
          {t("apply.noAccount")}{" "}
          <Link
            href={`/register${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {t("apply.registerLink")}
          </Link>
        </p>
        <p className="mt-4 text-sm text-stone-600">{t("signin.sessionNote")}</p>
      </section>
      {demoMode() ? <DemoAccounts locale={locale} /> : null}
    </div>
  );
}
