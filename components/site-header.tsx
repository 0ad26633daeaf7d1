import Link from "next/link";
import { getActor } from "@/lib/auth/session";
import { can, ROLE_HOME } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { unreadNoticeCount } from "@/lib/inbox";
import { getT } from "@/lib/i18n/server";
import { LocaleSwitch } from "./locale-switch";
import { ElderSwitch } from "./elder-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ elder, signOutAction }: { elder: boolean; signOutAction: () => Promise<void> }) {
  const [{ locale, t }, actor] = await Promise.all([getT(), getActor({ passwordChange: "pending-allowed" })]);
  const unread = actor && can(actor, "read:notice:own") ? await unreadNoticeCount({ db: getDb(), actor }) : null;
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-wide">
          {t("common.siteName")}
          <span className="elder-hidden ml-2 hidden text-sm font-normal text-red-100 sm:inline">{t("common.siteTagline")}</span>
        </Link>
        <nav aria-label={t("common.home")} className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <HeaderLink href="/check">{t("common.selfCheck")}</HeaderLink>
          <HeaderLink href="/policies">{t("common.library")}</HeaderLink>
          {actor ? (
            <>
              <HeaderLink href={ROLE_HOME[actor.role]}>{t("common.myHome")}</HeaderLink>
              {unread !== null ? (
                <HeaderLink href="/me/inbox" data-testid="inbox-link">
                  {unread > 0 ? t("me.inbox.linkUnread", { count: unread }) : t("me.inbox.link")}
                </HeaderLink>
              ) : null}
              <span className="text-red-100">{t("common.signedInAs", { name: actor.displayName, role: t(`roles.${actor.role}`) })}</span>
              <SignOutButton label={t("common.signOut")} action={signOutAction} />
            </>
          ) : (
            <Link href="/signin" className="rounded bg-white px-3 py-1.5 font-medium text-brand-800">
              {t("common.signIn")}
            </Link>
          )}
          <ElderSwitch
            on={elder}
            label={elder ? t("care.elder.off") : t("care.elder.on")}
            ariaLabel={elder ? t("care.elder.offLabel") : t("care.elder.onLabel")}
          />
          <LocaleSwitch
            to={locale === "zh-CN" ? "en" : "zh-CN"}
            label={t("common.switchLanguage")}
            ariaLabel={t("common.switchLanguageLabel")}
          />
        </nav>
      </div>
    </header>
  );
}

/** A link in the header's navigation. */
function HeaderLink(props: React.ComponentProps<typeof Link>) {
  return <Link {...props} className="underline-offset-4 hover:underline" />;
}
