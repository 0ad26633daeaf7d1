// The cards of an account's page: its facts and status, what an administrator may do with it, and its history.
// The actions come in as props, so this file never reaches into app/.
import type { ReactNode } from "react";
import type { getUserForAdmin } from "@/lib/admin/list-users";
import type { auditPage } from "@/lib/admin/audit-trail";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDateTime } from "@/lib/format";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { ResetPasswordForm } from "./reset-form";
import { BUTTON_SECONDARY } from "./fields";
import { AuditLines } from "./audit-lines";
import type { adminLabels } from "./labels";

export type AdminUser = NonNullable<Awaited<ReturnType<typeof getUserForAdmin>>>;
type FormAction = (formData: FormData) => void | Promise<void>;

function userFacts(user: AdminUser, t: Translate, locale: Locale): [string, ReactNode][] {
  const staff = user.role !== "APPLICANT";
  return [
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
        ] as [string, ReactNode][])
      : []),
    [t("admin.users.role"), `${t(`roles.${user.role}`)}${user.stationLead ? ` · ${t("admin.users.lead")}` : ""}`],
    [t("admin.users.scope"), user.unitName ?? "—"],
    [t("admin.users.lastLogin"), formatDateTime(user.lastLoginAt, locale)],
    [t("admin.detail.created"), formatDateTime(user.createdAt, locale)],
    ...(user.phone ? ([[t("admin.users.phone"), user.phone]] as [string, string][]) : []),
  ];
}

export function UserFactsCard({ user, t, locale }: { user: AdminUser; t: Translate; locale: Locale }) {
  const staff = user.role !== "APPLICANT";
  return (
    <Card title={t("admin.detail.facts")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {userFacts(user, t, locale).map(([k, v]) => (
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
  );
}

export function UserActionsCard(props: {
  user: AdminUser;
  t: Translate;
  labels: ReturnType<typeof adminLabels>;
  deactivateAction: FormAction;
  reactivateAction: FormAction;
  unlockAction: FormAction;
  resetPasswordAction: React.ComponentProps<typeof ResetPasswordForm>["action"];
}) {
  const { user, t, labels: L } = props;
  return (
    <Card title={t("admin.detail.actionsTitle")}>
      <div className="space-y-5">
        {user.active ? (
          <UserButton
            action={props.deactivateAction}
            userId={user.id}
            hint={t("admin.detail.deactivateHint")}
            label={t("admin.detail.deactivate")}
          />
        ) : (
          <UserButton action={props.reactivateAction} userId={user.id} label={t("admin.detail.reactivate")} />
        )}
        {user.locked ? (
          <UserButton action={props.unlockAction} userId={user.id} hint={t("admin.detail.unlockHint")} label={t("admin.detail.unlock")} />
        ) : (
          <p className="text-sm text-stone-700">{t("admin.detail.notLocked")}</p>
        )}
        <ResetPasswordForm
          userId={user.id}
          applicant={user.role === "APPLICANT"}
          action={props.resetPasswordAction}
          labels={L.detail}
          errorTitle={L.form.errorTitle}
        />
      </div>
    </Card>
  );
}

export function UserHistoryCard(props: { history: Awaited<ReturnType<typeof auditPage>>; t: Translate; locale: Locale }) {
  const { t, locale } = props;
  return (
    <Card title={t("admin.detail.history")}>
      <Table
        caption={t("admin.detail.history")}
        head={[t("admin.audit.at"), t("admin.actor"), t("admin.audit.action"), t("admin.audit.data")]}
      >
        {props.history.rows.slice(0, 20).map((e) => (
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
  );
}

/** One account button (deactivate, reactivate, unlock): a plain form posting the user's id, with its hint above. */
function UserButton(props: { action: (formData: FormData) => void | Promise<void>; userId: string; hint?: string; label: string }) {
  return (
    <form action={props.action} className={props.hint ? "space-y-2" : undefined}>
      <input type="hidden" name="userId" value={props.userId} />
      {props.hint ? <p className="text-sm text-stone-700">{props.hint}</p> : null}
      <button type="submit" className={BUTTON_SECONDARY}>
        {props.label}
      </button>
    </form>
  );
}
