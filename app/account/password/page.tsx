import { redirect } from "next/navigation";
import { getActor, mustChangePassword } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { PasswordForm } from "@/components/admin/password-form";
import { adminLabels } from "@/components/admin/labels";
import { changePasswordAction } from "./actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("admin.passwordForm.title");

export default async function ChangePasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await getActor({ passwordChange: "pending-allowed" });
  if (!actor) redirect("/signin?callbackUrl=%2Faccount%2Fpassword");
  const { t, locale } = await getT();
  const required = await mustChangePassword();
  // Sent here by the guard of every action (lib/auth/session.ts): say that what was tried was not done.
  const refused = required && (await searchParams).refused === "1";
  const L = adminLabels(locale);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("admin.passwordForm.title")}</h1>
      {refused ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("authz.passwordFirst")}
        </p>
      ) : null}
      <p>{required ? t("admin.passwordForm.intro") : t("admin.passwordForm.introVoluntary")}</p>
      <Card>
        <PasswordForm
          action={changePasswordAction}
          labels={required ? L.passwordForm : { ...L.passwordForm, current: L.passwordForm.currentVoluntary }}
          errorTitle={L.form.errorTitle}
        />
      </Card>
    </div>
  );
}
