import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/permissions";
import { listUsers, unitChoices, userFilterSchema, type UserFilter } from "@/lib/admin/list-users";
import { getT } from "@/lib/i18n/server";
import { formatDateTime, staffName } from "@/lib/format";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { SelectField, TextField, unitOptions, BUTTON, BUTTON_SECONDARY, LINK } from "@/components/admin/fields";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("admin.users.title");

function query(filter: UserFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.role) params.set("role", filter.role);
  if (filter.unit) params.set("unit", filter.unit);
  if (filter.status) params.set("status", filter.status);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("manage:user:any", "/admin/users");
  const { t, locale } = await getT();
  const raw = await searchParams;
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const filter = userFilterSchema.parse({
    q: one("q") ?? "",
    role: one("role") || undefined,
    unit: one("unit") || undefined,
    status: one("status") || undefined,
    page: one("page") ?? 1,
  });
  const db = getDb();
  const [list, units] = await Promise.all([listUsers({ db, actor, filter }), unitChoices({ db })]);
  const any = t("admin.users.any");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("admin.users.title")}</h1>
        <Link href="/admin/users/new" className={BUTTON}>
          {t("admin.users.create")}
        </Link>
      </div>
      <Card title={t("admin.users.filterTitle")}>
        <form
          method="get"
          action="/admin/users"
          role="search"
          aria-label={t("admin.users.filterTitle")}
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
          <SelectField name="unit" label={t("admin.users.unit")} value={filter.unit} empty={any} choices={unitOptions(units)} />
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
          <div className="flex flex-wrap gap-3 md:col-span-2">
            <button type="submit" className={BUTTON}>
              {t("admin.users.apply")}
            </button>
            <Link href="/admin/users" className={BUTTON_SECONDARY}>
              {t("admin.users.reset")}
            </Link>
          </div>
        </form>
      </Card>
      <Card>
        <p className="mb-2 text-sm text-stone-600">{t("admin.users.maskedNote")}</p>
        {list.rows.length === 0 ? (
          <p>{t("admin.users.none")}</p>
        ) : (
          <Table
            caption={t("admin.users.caption", { page: filter.page, pages: list.pages, total: list.total })}
            head={[
              t("admin.users.username"),
              t("admin.users.name"),
              t("admin.users.role"),
              t("admin.users.scope"),
              t("admin.users.status"),
              t("admin.users.lastLogin"),
              t("admin.users.manage"),
            ]}
          >
            {list.rows.map((u) => (
              <tr key={u.id}>
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
                    {u.active ? (
                      <Badge tone="ok">{t("admin.users.active")}</Badge>
                    ) : (
                      <Badge tone="muted">{t("admin.users.inactive")}</Badge>
                    )}
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
            ))}
          </Table>
        )}
        {list.pages > 1 ? (
          <nav aria-label={t("admin.users.pager")} className="mt-4 flex flex-wrap gap-4">
            {filter.page > 1 ? (
              <Link href={`/admin/users${query(filter, filter.page - 1)}`} className={LINK}>
                {t("admin.users.prev")}
              </Link>
            ) : null}
            {filter.page < list.pages ? (
              <Link href={`/admin/users${query(filter, filter.page + 1)}`} className={LINK}>
                {t("admin.users.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
