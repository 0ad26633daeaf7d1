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

export const generateMetadata = pageMetadata("adminArea.users.title");

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
  const any = t("adminArea.users.any");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("adminArea.users.title")}</h1>
        <Link href="/admin/users/new" className={BUTTON}>
          {t("adminArea.users.create")}
        </Link>
      </div>
      <Card title={t("adminArea.users.filterTitle")}>
        <form
          method="get"
          action="/admin/users"
          role="search"
          aria-label={t("adminArea.users.filterTitle")}
          className="grid gap-4 md:grid-cols-2"
        >
          <TextField name="q" type="search" label={t("adminArea.users.q")} hint={t("adminArea.users.qHint")} value={filter.q} />
          <SelectField
            name="role"
            label={t("adminArea.users.role")}
            value={filter.role}
            empty={any}
            choices={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <SelectField name="unit" label={t("adminArea.users.unit")} value={filter.unit} empty={any} choices={unitOptions(units)} />
          <SelectField
            name="status"
            label={t("adminArea.users.status")}
            value={filter.status}
            empty={any}
            choices={[
              { value: "active", label: t("adminArea.users.active") },
              { value: "inactive", label: t("adminArea.users.inactive") },
            ]}
          />
          <div className="flex flex-wrap gap-3 md:col-span-2">
            <button type="submit" className={BUTTON}>
              {t("adminArea.users.apply")}
            </button>
            <Link href="/admin/users" className={BUTTON_SECONDARY}>
              {t("adminArea.users.reset")}
            </Link>
          </div>
        </form>
      </Card>
      <Card>
        <p className="mb-2 text-sm text-stone-600">{t("adminArea.users.maskedNote")}</p>
        {list.rows.length === 0 ? (
          <p>{t("adminArea.users.none")}</p>
        ) : (
          <Table
            caption={t("adminArea.users.caption", { page: filter.page, pages: list.pages, total: list.total })}
            head={[
              t("adminArea.users.username"),
              t("adminArea.users.name"),
              t("adminArea.users.role"),
              t("adminArea.users.scope"),
              t("adminArea.users.status"),
              t("adminArea.users.lastLogin"),
              t("adminArea.users.manage"),
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
                  {u.stationLead ? <span className="block text-xs text-stone-600">{t("adminArea.users.lead")}</span> : null}
                </Td>
                <Td>{u.unitName ?? "—"}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {u.active ? (
                      <Badge tone="ok">{t("adminArea.users.active")}</Badge>
                    ) : (
                      <Badge tone="muted">{t("adminArea.users.inactive")}</Badge>
                    )}
                    {u.locked ? <Badge tone="warn">{t("adminArea.users.locked")}</Badge> : null}
                    {u.mustChangePassword ? <Badge>{t("adminArea.users.mustChange")}</Badge> : null}
                  </span>
                </Td>
                <Td>{formatDateTime(u.lastLoginAt, locale)}</Td>
                <Td>
                  <Link href={`/admin/users/${u.id}`} className={LINK} aria-label={t("adminArea.users.manageUser", { name: u.username })}>
                    {t("adminArea.users.manage")}
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
        )}
        {list.pages > 1 ? (
          <nav aria-label={t("adminArea.users.pager")} className="mt-4 flex flex-wrap gap-4">
            {filter.page > 1 ? (
              <Link href={`/admin/users${query(filter, filter.page - 1)}`} className={LINK}>
                {t("adminArea.users.prev")}
              </Link>
            ) : null}
            {filter.page < list.pages ? (
              <Link href={`/admin/users${query(filter, filter.page + 1)}`} className={LINK}>
                {t("adminArea.users.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
    </div>
  );
}
