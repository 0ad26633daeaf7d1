import Link from "next/link";
import { getDb } from "@/lib/db";
import { requirePagePermission } from "@/lib/auth/session";
import { applicationScope, householdScope, permitScope } from "@/lib/auth/scope";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import { formatDate, formatDateTime, isoDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { caseClock, chinaDate } from "@/lib/clock";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { endorsementWindow } from "@/lib/permits/endorsement-window";
import { canWithdraw } from "@/lib/applications/withdraw-application";
import { unreadNoticeCount } from "@/lib/notices";
import { Card } from "@/components/ui/card";
import { CaseList } from "@/components/mycase/case-list";
import { PermitCard } from "@/components/mycase/permit-card";
import { InboxList } from "@/components/mycase/inbox-list";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const generateMetadata = pageMetadata("applicant.title");

export default async function ApplicantHome() {
  const actor = await requirePagePermission("read:application:own", "/me");
  const { t, locale } = await getT();
  const db = getDb();
  const [user, person, households, applications, permits, unread, latest, calendar] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { identityVerifiedAt: true } }),
    actor.personId ? db.person.findUnique({ where: { id: actor.personId } }) : null,
    db.household.findMany({
      where: householdScope(actor),
      include: {
        station: { select: { name: true } },
        memberships: {
          where: { validTo: null },
          include: { person: { select: { name: true, citizenId: true } } },
          orderBy: { relation: "asc" },
        },
      },
    }),
    db.application.findMany({
      where: applicationScope(actor),
      include: { targetJurisdiction: { select: { name: true, nameEn: true } } },
      orderBy: { createdAt: "desc" },
    }),
    db.residencePermit.findMany({
      where: permitScope(actor),
      include: { jurisdiction: { select: { name: true, nameEn: true } } },
      orderBy: { issuedOn: "desc" },
    }),
    unreadNoticeCount({ db, actor }),
    db.notice.findMany({
      where: { userId: actor.id, readAt: null },
      orderBy: { createdAt: "desc" },
      take: 3,
      include: { application: { select: { number: true } } },
    }),
    loadCalendar({ db }),
  ]);
  // Only the household the person is an active member of; ended memberships are history.
  const current = households.filter((h) => h.memberships.some((m) => m.personId === actor.personId));
  // An account nobody has verified yet shows nothing of the register (the scopes above answer nothing), and
  // says so and how to change it, rather than "no household" (decision 0257).
  const verified = !!user?.identityVerifiedAt;
  const now = new Date();
  const today = chinaDate(now);
  const place = (j: { name: string; nameEn: string | null }) => (locale === "en" ? (j.nameEn ?? j.name) : j.name);
  const formatDay = (iso: string) => formatDate(new Date(`${iso}T00:00:00+08:00`), locale);
  const drafts = applications.filter((a) => a.status === "DRAFT");
  const cases = applications.filter((a) => a.status !== "DRAFT");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("applicant.greeting", { name: actor.displayName })}</h1>

      <div className="grid gap-6 lg:grid-cols-2">
        {person ? (
          <Card title={t("applicant.personTitle")}>
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-3">
              <div>
                <dt className="text-sm text-stone-600">{t("applicant.citizenId")}</dt>
                <dd className="font-mono">{maskCitizenId(person.citizenId)}</dd>
              </div>
              <div>
                <dt className="text-sm text-stone-600">{t("mycase.dashboard.birthYear")}</dt>
                <dd>{t("mycase.dashboard.birthYearValue", { year: isoDate(person.birthDate).slice(0, 4) })}</dd>
              </div>
              {verified ? (
                <div>
                  <dt className="text-sm text-stone-600">{t("applicant.phone")}</dt>
                  <dd className="font-mono">{maskPhone(person.phone) || t("common.none")}</dd>
                </div>
              ) : null}
            </dl>
            {user?.identityVerifiedAt ? (
              <p className="mt-3 text-sm text-green-900">
                {t("mycase.dashboard.verified", { date: formatDate(user.identityVerifiedAt, locale) })}
              </p>
            ) : (
              <div className="mt-3 space-y-2 rounded bg-amber-50 p-3 text-amber-900" data-testid="not-verified">
                <p className="font-medium">{t("mycase.dashboard.notVerified")}</p>
                <p className="leading-relaxed" data-testid="register-hidden">
                  {t("mycase.dashboard.unverifiedRegister")}
                </p>
              </div>
            )}
          </Card>
        ) : null}
        <Card title={t("mycase.dashboard.startTitle")}>
          <ul className="space-y-2">
            <li>
              <Link href="/apply" className="font-medium text-brand-700 underline">
                {t("mycase.dashboard.startApply")}
              </Link>
            </li>
            <li>
              <Link href="/check" className="text-brand-700 underline">
                {t("mycase.dashboard.startCheck")}
              </Link>
            </li>
          </ul>
        </Card>
      </div>

      <Card title={t("mycase.dashboard.noticesTitle")}>
        {unread === 0 ? (
          <p className="text-stone-600">{t("mycase.dashboard.noUnread")}</p>
        ) : (
          <div className="space-y-2">
            <p className="font-medium">{t("mycase.dashboard.unreadCount", { count: unread })}</p>
            <InboxList
              t={t}
              notices={latest.map((n) => ({
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
            {t("mycase.dashboard.allNotices")}
          </Link>
        </p>
      </Card>

      {drafts.length > 0 ? (
        <Card title={t("mycase.dashboard.draftsTitle")}>
          <ul className="space-y-3" data-testid="drafts">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-stone-200 p-3">
                <span>
                  <span className="font-medium">{t(`kind.${d.kind}`)}</span>{" "}
                  <span className="font-mono text-sm text-stone-700">{d.number}</span>
                  <span className="block text-sm text-stone-700">
                    {place(d.targetJurisdiction)} · {t("mycase.dashboard.draftProgress", { done: d.sectionsDone.length })}
                  </span>
                </span>
                <Link
                  href={`/apply/${d.id}`}
                  className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800"
                  aria-label={t("mycase.dashboard.continueLabel", { number: d.number })}
                >
                  {t("mycase.dashboard.continue")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title={t("applicant.applicationsTitle")}>
        {cases.length === 0 ? (
          <p className="text-stone-600">{t("applicant.noApplications")}</p>
        ) : (
          <CaseList
            t={t}
            cases={cases.map((a) => {
              const clock = caseClock({ input: a, calendar, now });
              return {
                id: a.id,
                number: a.number,
                kind: a.kind,
                status: a.status,
                place: `${place(a.targetJurisdiction)} · ${t(`area.${a.targetArea}`)}`,
                clock,
                dueOn: clock.dueOn ? formatDay(clock.dueOn) : null,
              };
            })}
          />
        )}
      </Card>

      {verified ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("applicant.householdTitle")}>
            {current.length === 0 ? (
              <p className="text-stone-600">{t("applicant.noHousehold")}</p>
            ) : (
              current.map((h) => (
                <div key={h.id} className="space-y-2">
                  <p>
                    <span className="text-stone-600">
                      {t("applicant.householdNumber")}
                      {t("common.colon")}
                    </span>
                    <span className="font-mono">{h.householdNumber}</span>
                  </p>
                  <p>
                    <span className="text-stone-600">
                      {t("applicant.address")}
                      {t("common.colon")}
                    </span>
                    {h.address}（{h.station.name}）
                  </p>
                  <h3 className="pt-2 font-medium">{t("applicant.members")}</h3>
                  <ul className="divide-y divide-stone-100">
                    {h.memberships.map((m) => (
                      <li key={m.id} className="flex flex-wrap justify-between gap-x-2 py-1.5">
                        <span>
                          {m.person.name}（{t(`relation.${m.relation}`)}）
                        </span>
                        <span className="font-mono text-sm text-stone-600">{maskCitizenId(m.person.citizenId)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </Card>
          <Card title={t("applicant.permitsTitle")}>
            {permits.length === 0 ? (
              <p className="text-stone-600">{t("applicant.noPermits")}</p>
            ) : (
              <ul className="space-y-3">
                {permits.map((p) => {
                  const open = applications.find((a) => a.kind === "PERMIT_ENDORSEMENT" && a.permitId === p.id && canWithdraw(a.status));
                  return (
                    <PermitCard
                      key={p.id}
                      t={t}
                      formatDay={formatDay}
                      permit={{
                        id: p.id,
                        number: p.number,
                        status: p.status,
                        place: place(p.jurisdiction),
                        validUntil: formatDay(isoDate(p.validUntil)),
                        window: endorsementWindow({ permit: p, today }),
                        openCase: open ? { id: open.id, number: open.number, status: open.status, draft: open.status === "DRAFT" } : null,
                      }}
                    />
                  );
                })}
              </ul>
            )}
          </Card>
        </div>
      ) : null}
    </div>
  );
}
