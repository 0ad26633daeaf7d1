// The account list's filter form (a plain GET form, shareable) and one row of the list.
import Link from "next/link";
import { ROLES } from "@/lib/auth/permissions";
import type { UserFilter, UserRow as User } from "@/lib/admin/list-users";
import type { unitChoices } from "@/lib/jurisdictions";
import type { Locale, Translate } from "@/lib/i18n";
import { formatDateTime, staffName } from "@/lib/format";
import { Badge } from "@/components/ui/card";
import { Td } from "@/components/ui/table";
import { FilterCard, SelectField, TextField, unitOptions, LINK } from "./fields";

export function UserFilterCard(props: { t: Translate; filter: UserFilter; units: Awaited<ReturnType<typeof unitChoices>> }) {
  const { t, filter } = props;
  const any = t("admin.users.any");
  return (
    <FilterCard
      buttons={{ apply: t("admin.users.apply"), reset: t("admin.users.reset"), className: "flex flex-wrap gap-3 md:col-span-2" }}
      title={t("admin.users.filterTitle")}
      action="/admin/users"
      className="grid gap-4 md:grid-cols-2"
    >
      <TextField name="q" type="search" label={t("admin.users.q")} hint={t("admin.users.qHint")} value={filter.q} />
      <SelectField
        name="role"
        label={t("admin.users.role")}
        value={filter.role}
        empty={any}
        choices={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <SelectField name="unit" label={t("admin.users.unit")} value={filter.unit} empty={any} choices={unitOptions(props.units)} />
      <SelectField
        name="status"
        label={t("admin.users.status")}
        value={filter.status}
        empty={any}
        choices={[
          { value: "active", label: t("admin.users.active") },
          { value: "inactive", label: t("admin.users.inactive") },
        ]}
      />
    </FilterCard>
  );
}

export function UserListRow({ user: u, t, locale }: { user: User; t: Translate; locale: Locale }) {
  return (
    <tr>
      <Td className="font-mono">{u.username}</Td>
      <Td>
        {u.badgeNumber ? staffName({ user: u, t }) : u.displayName}
        {u.phone ? <span className="block text-xs text-stone-600">{u.phone}</span> : null}
      </Td>
      <Td>
        {t(`roles.${u.role}`)}
        {u.stationLead ? <span className="block text-xs text-stone-600">{t("admin.users.lead")}</span> : null}
      </Td>
      <Td>{u.unitName ?? "—"}</Td>
      <Td>
        <span className="flex flex-wrap gap-1">
          {u.active ? <Badge tone="ok">{t("admin.users.active")}</Badge> : <Badge tone="muted">{t("admin.users.inactive")}</Badge>}
          {u.locked ? <Badge tone="warn">{t("admin.users.locked")}</Badge> : null}
          {u.mustChangePassword ? <Badge>{t("admin.users.mustChange")}</Badge> : null}
        </span>
      </Td>
      <Td>{formatDateTime(u.lastLoginAt, locale)}</Td>
      <Td>
        <Link href={`/admin/users/${u.id}`} className={LINK} aria-label={t("admin.users.manageUser", { name: u.username })}>
          {t("admin.users.manage")}
        </Link>
      </Td>
    </tr>
  );
}
