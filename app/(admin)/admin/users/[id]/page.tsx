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
import { adminZh } from "@/lib/i18n/features/admin/zh-CN";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { UserForm } from "@/components/admin/user-form";
import { ResetPasswordForm } from "@/components/admin/reset-form";
import { stationOptions, unitOptions, BUTTON_SECONDARY, LINK } from "@/components/admin/fields";
import { adminLabels } from "@/components/admin/labels";
import { deactivateAction, editUserAction, reactivateAction, resetPasswordAction, unlockAction } from "../actions";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("admin.users.title");

const DONE = Object.keys(adminZh.done);
const ERRORS = Object.keys(adminZh.error);

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
  const done = q.done && DONE.includes(q.done) ? t(`admin.done.${q.done}` as MessageKey) : null;
  const error = q.error && ERRORS.includes(q.error) ? t(`admin.error.${q.error}` as MessageKey, { id: q.id ?? "" }) : null;
  const facts: [string, React.ReactNode][] = [
    [
      t("admin.users.username"),
      <span key="u" className="font-mono">
        {user.username}
      </span>,
    ],
    [t("admin.users.name"), user.displayName],
    ...(staff
      ? ([
          [
            t("admin.form.badgeNumber"),
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
    [t("admin.users.role"), `${t(`roles.${user.role}`)}${user.stationLead ? ` · ${t("admin.users.lead")}` : ""}`],
    [t("admin.users.scope"), user.unitName ?? "—"],
    [t("admin.users.lastLogin"), formatDateTime(user.lastLoginAt, locale)],
    [t("admin.detail.created"), formatDateTime(user.createdAt, locale)],
    ...(user.phone ? ([[t("admin.users.phone"), user.phone]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/users" className={LINK}>
          {t("admin.detail.back")}
        </Link>
      </p>
      <h1 className="break-words text-2xl font-bold">{t("admin.detail.title", { name: user.username })}</h1>
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
        <Card title={t("admin.detail.facts")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-stone-600">{k}</dt>
                <dd className="min-w-0 break-words">{v}</dd>
              </div>
            ))}
            <dt className="text-stone-600">{t("admin.detail.statusTitle")}</dt>
            <dd className="flex flex-wrap gap-1">
              {user.active ? <Badge tone="ok">{t("admin.users.active")}</Badge> : <Badge tone="muted">{t("admin.users.inactive")}</Badge>}
              {user.locked ? <Badge tone="warn">{t("admin.users.locked")}</Badge> : null}
              {user.mustChangePassword ? <Badge>{t("admin.users.mustChange")}</Badge> : null}
            </dd>
          </dl>
          {!staff ? <p className="mt-3 text-sm text-stone-700">{t("admin.detail.applicantNote")}</p> : null}
        </Card>
        <Card title={t("admin.detail.actionsTitle")}>
          <div className="space-y-5">
            {user.active ? (
              <form action={deactivateAction} className="space-y-2">
                <input type="hidden" name="userId" value={user.id} />
                <p className="text-sm text-stone-700">{t("admin.detail.deactivateHint")}</p>
                <button type="submit" className={BUTTON_SECONDARY}>
                  {t("admin.detail.deactivate")}
                </button>
              </form>
            ) : (
              <form action={reactivateAction}>
                <input type="hidden" name="userId" value={user.id} />
                <button type="submit" className={BUTTON_SECONDARY}>
                  {t("admin.detail.reactivate")}
                </button>
              </form>
            )}
            {user.locked ? (
              <form action={unlockAction} className="space-y-2">
                <input type="hidden" name="userId" value={user.id} />
                <p className="text-sm text-stone-700">{t("admin.detail.unlockHint")}</p>
                <button type="submit" className={BUTTON_SECONDARY}>
                  {t("admin.detail.unlock")}
                </button>
              </form>
            ) : (
              <p className="text-sm text-stone-700">{t("admin.detail.notLocked")}</p>
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
      <Card title={t("admin.detail.history")}>
        <Table
          caption={t("admin.detail.history")}
          head={[t("admin.audit.at"), t("admin.actor"), t("admin.audit.action"), t("admin.audit.data")]}
        >
          {history.rows.slice(0, 20).map((e) => (
            <tr key={e.id}>
              <Td>{formatDateTime(e.at, locale)}</Td>
              <Td className="font-mono">{e.actor ?? t("admin.audit.system")}</Td>
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
