import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { unitChoices } from "@/lib/jurisdictions";
import { STAFF_ROLES } from "@/lib/admin/user-rules";
import { getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { UserForm } from "@/components/admin/user-form";
import { stationOptions, unitOptions } from "@/components/admin/fields";
import { adminLabels } from "@/components/admin/labels";
import { createUserAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { UserPageHead } from "@/components/admin/page-head";

export const generateMetadata = pageMetadata("admin.users.create");

export default async function NewUserPage() {
  await requirePagePermission("manage:user:any", "/admin/users/new");
  const { t, locale } = await getT();
  const units = await unitChoices({ db: getDb() });
  return (
    <div className="space-y-6">
      <UserPageHead title={t("admin.users.create")} t={t} />
      <Card className="max-w-2xl">
        <UserForm
          mode="create"
          action={createUserAction}
          labels={adminLabels(locale).form}
          roles={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          stations={stationOptions(units)}
          jurisdictions={unitOptions(units.filter((u) => u.level !== "STATION"))}
        />
      </Card>
    </div>
  );
}
