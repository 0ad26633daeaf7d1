import Link from "next/link";
import type { Locale, Translate } from "@/lib/i18n";
import type { ApplicantHome } from "@/lib/applications/applicant-home";
import { formatDateTime } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { InboxList } from "@/components/me/inbox-list";

/** The unread count and the three newest unread notices, with the way to the whole inbox. */
export function NoticesCard({ home, t, locale }: { home: ApplicantHome; t: Translate; locale: Locale }) {
  return (
    <Card title={t("me.dashboard.noticesTitle")}>
      {home.unread === 0 ? (
        <p className="text-stone-600">{t("me.dashboard.noUnread")}</p>
      ) : (
        <div className="space-y-2">
          <p className="font-medium">{t("me.dashboard.unreadCount", { count: home.unread })}</p>
          <InboxList
            t={t}
            notices={home.latestNotices.map((n) => ({
              id: n.id,
              kind: n.kind,
              at: formatDateTime(n.createdAt, locale),
              unread: true,
              number: n.application?.number ?? null,
              href: n.applicationId ? `/me/cases/${n.applicationId}` : null,
              data: n.data,
            }))}
          />
        </div>
      )}
      <p className="mt-2">
        <Link href="/me/inbox" className="text-brand-700 underline">
          {t("me.dashboard.allNotices")}
        </Link>
      </p>
    </Card>
  );
}
