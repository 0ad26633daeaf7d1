import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { ROLE_HOME, type Actor } from "@/lib/auth/permissions";
import { OUTLINE_LINK } from "@/components/ui/buttons";

/** The heading and the ways in: home (or sign-in), apply, register, self-check. */
export function LandingHero({ actor, staff, t }: { actor: Actor | null; staff: boolean; t: Translate }) {
  return (
    <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-10">
      <h1 className="text-2xl font-bold leading-snug text-brand-800 sm:text-3xl">{t("landing.heading")}</h1>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed text-stone-800">{t("landing.intro")}</p>
      <Link
        href={actor ? ROLE_HOME[actor.role] : "/signin"}
        className="mt-6 inline-block rounded bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
      >
        {staff && actor
          ? t(`ratings.staffHome.${actor.role as "CLERK" | "SUPERVISOR" | "ADMIN"}`)
          : actor
            ? t("common.myHome")
            : t("landing.start")}
      </Link>
      {staff ? null : (
        <Link href="/apply" className={`ml-3 mt-6 ${OUTLINE_LINK}`}>
          {t("apply.startLink")}
        </Link>
      )}
      {actor ? null : (
        <Link href="/register" className="ml-3 mt-6 inline-block px-2 py-3 font-semibold text-blue-800 underline underline-offset-2">
          {t("apply.registerLink")}
        </Link>
      )}
      <Link href="/check" className={`ml-3 mt-6 ${OUTLINE_LINK}`}>
        {t("common.selfCheck")}
      </Link>
    </section>
  );
}
