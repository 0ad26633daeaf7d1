import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { listUsers, userFilterSchema, type UserFilter } from "@/lib/admin/list-users";
import { unitChoices } from "@/lib/jurisdictions";
import { getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { BUTTON, LINK } from "@/components/admin/fields";
import { UserFilterCard, UserListRow } from "@/components/admin/user-list";
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
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("admin.users.title")}</h1>
        <Link href="/admin/users/new" className={BUTTON}>
          {t("admin.users.create")}
        </Link>
      </div>
      <UserFilterCard t={t} filter={filter} units={units} />
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
              <UserListRow key={u.id} user={u} t={t} locale={locale} />
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
