// The head of an account page (a user's, a new user's): back to the list of users, then the title.
import Link from "next/link";
import type { Translate } from "@/lib/i18n";
import { LINK } from "./fields";

export function UserPageHead({ title, t, breakWords }: { title: string; t: Translate; breakWords?: boolean }) {
  return (
    <>
      <p>
        <Link href="/admin/users" className={LINK}>
          {t("admin.detail.back")}
        </Link>
      </p>
      <h1 className={breakWords ? "break-words text-2xl font-bold" : "text-2xl font-bold"}>{title}</h1>
    </>
  );
}
