// The inbox for every signed-in role that has notices (read:notice:own): applicants and clerks.
// It lives under /me because /me is "my own things"; a clerk's notices link to the workbench case.
import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { listNotices, markNoticesRead } from "@/lib/inbox";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { Card } from "@/components/ui/card";
import { noticeDetails, InboxList } from "@/components/me/inbox-list";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("me.inbox.title");

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePagePermission("read:notice:own", "/me/inbox");
  const [{ t, locale }, query] = await Promise.all([getT(), searchParams]);
  const db = getDb();
  const requested = Number.parseInt(query.page ?? "1", 10);
  const { items, page, pages } = await listNotices({ db, actor, page: Number.isFinite(requested) ? requested : 1 });
  // Shown as unread this once; opening the page reads them.
  await markNoticesRead({ db, actor, noticeIds: items.filter((n) => !n.readAt).map((n) => n.id) });
  const caseHref = (id: string) => (actor.role === "CLERK" ? `/workbench/cases/${id}` : `/me/cases/${id}`);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("me.inbox.title")}</h1>
      <Card>
        <InboxList
          t={t}
          notices={items.map((n) => ({
            id: n.id,
            kind: n.kind,
            at: formatDateTime(n.createdAt, locale),
            unread: !n.readAt,
            number: n.application?.number ?? (n.data as { number?: string } | null)?.number ?? null,
            href: n.applicationId ? caseHref(n.applicationId) : null,
            details: noticeDetails(t, n.kind, n.data, locale),
          }))}
        />
      </Card>
      {pages > 1 ? (
        <nav aria-label={t("me.inbox.pagination")} className="flex flex-wrap items-center gap-4">
          {page > 1 ? (
            <Link href={`/me/inbox?page=${page - 1}`} className="text-brand-700 underline">
              {t("me.inbox.newer")}
            </Link>
          ) : null}
          <span>{t("me.inbox.page", { page, pages })}</span>
          {page < pages ? (
            <Link href={`/me/inbox?page=${page + 1}`} className="text-brand-700 underline">
              {t("me.inbox.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
