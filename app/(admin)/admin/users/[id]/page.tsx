import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getUserForAdmin } from "@/lib/admin/list-users";
import { unitChoices } from "@/lib/jurisdictions";
import { auditPage } from "@/lib/admin/audit-trail";
import { STAFF_ROLES } from "@/lib/admin/user-rules";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { adminZh } from "@/lib/i18n/features/admin/zh-CN";
import { Card } from "@/components/ui/card";
import { UserActionsCard, UserFactsCard, UserHistoryCard } from "@/components/admin/user-detail";
import { UserForm } from "@/components/admin/user-form";
import { stationOptions, unitOptions } from "@/components/admin/fields";
import { adminLabels } from "@/components/admin/labels";
import { deactivateAction, editUserAction, reactivateAction, resetPasswordAction, unlockAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { readOutcome } from "@/lib/actions/outcome";
import { OutcomeBanner } from "@/components/forms/outcome-banner";
import { UserPageHead } from "@/components/admin/page-head";

export const generateMetadata = pageMetadata("admin.users.title");

const DONE = Object.keys(adminZh.done);
// A refusal of the admin area's own; the unexpected comes as error=UNEXPECTED with its id (lib/actions/outcome.ts).
const ERRORS = Object.keys(adminZh.error).filter((code) => code !== "unexpected");

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string; error?: string; id?: string }>;
}) {
  const { id } = await params;
  const actor = await requirePagePermission("manage:user:any", `/admin/users/${id}`);
  const { t, locale } = await getT();
  const db = getDb();
  const user = await getUserForAdmin({ db, actor, userId: id });
  if (!user) notFound();
  const q = await searchParams;
  const [units, history] = await Promise.all([
    unitChoices({ db }),
    auditPage({ db, actor, filter: { actor: "", action: "", entityType: "User", entityId: user.id }, locale }),
  ]);
  const L = adminLabels(locale);
  const staff = user.role !== "APPLICANT";
  const outcome = readOutcome(t, q, {
    done: (code) => (DONE.includes(code) ? t(`admin.done.${code}` as MessageKey) : null),
    error: (code) => (ERRORS.includes(code) ? t(`admin.error.${code}` as MessageKey) : null),
  });
  return (
    <div className="space-y-6">
      <UserPageHead title={t("admin.detail.title", { name: user.username })} t={t} breakWords />
      <OutcomeBanner outcome={outcome} />
      <div className="grid gap-6 lg:grid-cols-2">
        <UserFactsCard user={user} t={t} locale={locale} />
        <UserActionsCard
          user={user}
          t={t}
          labels={L}
          deactivateAction={deactivateAction}
          reactivateAction={reactivateAction}
          unlockAction={unlockAction}
          resetPasswordAction={resetPasswordAction}
        />
      </div>
      {staff ? (
        <Card title={t("admin.detail.editTitle")} className="max-w-2xl">
          <UserForm
            mode="edit"
            action={editUserAction}
            labels={L.form}
            roles={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            stations={stationOptions(units)}
            jurisdictions={unitOptions(units.filter((u) => u.level !== "STATION"))}
            initial={{
              userId: user.id,
              displayName: user.displayName,
              badgeNumber: user.badgeNumber ?? "",
              role: user.role,
              stationId: user.stationId ?? "",
              jurisdictionId: user.jurisdictionId ?? "",
              stationLead: user.stationLead,
            }}
          />
        </Card>
      ) : null}
      <UserHistoryCard history={history} t={t} locale={locale} />
    </div>
  );
}
