import { AuditLines } from "@/components/admin/audit-lines";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { getUserForAdmin, unitChoices } from "@/lib/admin/list-users";
import { auditPage } from "@/lib/admin/audit-trail";
import { STAFF_ROLES } from "@/lib/admin/user-rules";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n";
import { formatDateTime } from "@/lib/format";
import { adminAreaZh } from "@/lib/i18n/features/admin";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { UserForm } from "@/components/admin/user-form";
import { ResetPasswordForm } from "@/components/admin/reset-form";
import { stationOptions, unitOptions, BUTTON_SECONDARY, LINK } from "@/components/admin/fields";
import { adminLabels } from "@/components/admin/labels";
import { deactivateAction, editUserAction, reactivateAction, resetPasswordAction, unlockAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("adminArea.users.title");

const DONE = Object.keys(adminAreaZh.done);
const ERRORS = Object.keys(adminAreaZh.e);

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
  const done = q.done && DONE.includes(q.done) ? t(`adminArea.done.${q.done}` as MessageKey) : null;
  const error = q.error && ERRORS.includes(q.error) ? t(`adminArea.e.${q.error}` as MessageKey, { id: q.id ?? "" }) : null;
  const facts: [string, React.ReactNode][] = [
    [
      t("adminArea.users.username"),
      <span key="u" className="font-mono">
        {user.username}
      </span>,
    ],
    [t("adminArea.users.name"), user.displayName],
    ...(staff
      ? ([
          [
            t("adminArea.form.badgeNumber"),
            user.badgeNumber ? (
              <span key="b" className="font-mono">
                {user.badgeNumber}
              </span>
            ) : (
              "—"
            ),
          ],
        ] as [string, React.ReactNode][])
      : []),
    [t("adminArea.users.role"), `${t(`roles.${user.role}`)}${user.stationLead ? ` · ${t("adminArea.users.lead")}` : ""}`],
    [t("adminArea.users.scope"), user.unitName ?? "—"],
    [t("adminArea.users.lastLogin"), formatDateTime(user.lastLoginAt, locale)],
    [t("adminArea.detail.created"), formatDateTime(user.createdAt, locale)],
    ...(user.phone ? ([[t("adminArea.users.phone"), user.phone]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/users" className={LINK}>
          {t("adminArea.detail.back")}
        </Link>
      </p>
      <h1 className="break-words text-2xl font-bold">{t("adminArea.detail.title", { name: user.username })}</h1>
      {done ? (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3" data-testid="done">
          {done}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border-2 border-red-700 bg-white p-3 font-medium text-red-800" data-testid="refused">
          {error}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("adminArea.detail.facts")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-600">{k}</dt>
                <dd className="min-w-0 break-words">{v}</dd>
              </div>
            ))}
            <dt className="text-stone-600">{t("adminArea.detail.statusTitle")}</dt>
            <dd className="flex flex-wrap gap-1">
              {user.active ? (
                <Badge tone="ok">{t("adminArea.users.active")}</Badge>
              ) : (
                <Badge tone="muted">{t("adminArea.users.inactive")}</Badge>
              )}
              {user.locked ? <Badge tone="warn">{t("adminArea.users.locked")}</Badge> : null}
              {user.mustChangePassword ? <Badge>{t("adminArea.users.mustChange")}</Badge> : null}
            </dd>
          </dl>
          {!staff ? <p className="mt-3 text-sm text-stone-700">{t("adminArea.detail.applicantNote")}</p> : null}
        </Card>
        <Card title={t("adminArea.detail.actionsTitle")}>
          <div className="space-y-5">
            {user.active ? (
              <form action={deactivateAction} className="space-y-2">
                <input type="hidden" name="userId" value={user.id} />
                <p className="text-sm text-stone-700">{t("adminArea.detail.deactivateHint")}</p>
                <button type="submit" className={BUTTON_SECONDARY}>
                  {t("adminArea.detail.deactivate")}
                </button>
              </form>
            ) : (
              <form action={reactivateAction}>
                <input type="hidden" name="userId" value={user.id} />
                <button type="submit" className={BUTTON_SECONDARY}>
                  {t("adminArea.detail.reactivate")}
                </button>
              </form>
            )}
            {user.locked ? (
              <form action={unlockAction} className="space-y-2">
                <input type="hidden" name="userId" value={user.id} />
                <p className="text-sm text-stone-700">{t("adminArea.detail.unlockHint")}</p>
                <button type="submit" className={BUTTON_SECONDARY}>
                  {t("adminArea.detail.unlock")}
                </button>
              </form>
            ) : (
              <p className="text-sm text-stone-700">{t("adminArea.detail.notLocked")}</p>
            )}
            <ResetPasswordForm
              userId={user.id}
              applicant={!staff}
              action={resetPasswordAction}
              labels={L.detail}
              errorTitle={L.form.errorTitle}
            />
          </div>
        </Card>
      </div>
      {staff ? (
        <Card title={t("adminArea.detail.editTitle")} className="max-w-2xl">
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
      <Card title={t("adminArea.detail.history")}>
        <Table
          caption={t("adminArea.detail.history")}
          head={[t("adminArea.audit.at"), t("admin.actor"), t("adminArea.audit.action"), t("adminArea.audit.data")]}
        >
          {history.rows.slice(0, 20).map((e) => (
            <tr key={e.id}>
              <Td>{formatDateTime(e.at, locale)}</Td>
              <Td className="font-mono">{e.actor ?? t("adminArea.audit.system")}</Td>
              <Td>{e.actionText}</Td>
              <Td className="break-words text-sm">
                <AuditLines lines={e.lines} />
              </Td>
            </tr>
          ))}
        </Table>
      </Card>
    </div>
  );
}
