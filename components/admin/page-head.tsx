// The head of an account page (a user's, a new user's): back to the list of users, then the title.
import type { Translate } from "@/lib/i18n";
import { BackLink } from "@/components/ui/back-link";

export function UserPageHead({ title, t, breakWords }: { title: string; t: Translate; breakWords?: boolean }) {
  return (
    <>
      <BackLink href="/admin/users">{t("admin.detail.back")}</BackLink>
      <h1 className={breakWords ? "break-words text-2xl font-bold" : "text-2xl font-bold"}>{title}</h1>
    </>
  );
}
