// What the applicant's home (/me) shows, read in the actor's own scope: the account's verification, the
// linked person, the household they belong to now, their applications and permits, the unread notices
// and the calendar the case clocks run on. Pure reads; nothing is marked read here.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope, householdScope, permitScope } from "@/lib/auth/scope";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { unreadNoticeCount } from "@/lib/inbox";

export async function loadApplicantHome(options: { db: Db; actor: Actor }) {
  const { db } = options;
  const actor = requirePermission(options.actor, "read:application:own");
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
  return {
    identityVerifiedAt: user?.identityVerifiedAt ?? null,
    person,
    // Only the household the person is an active member of; ended memberships are history.
    households: households.filter((h) => h.memberships.some((m) => m.personId === actor.personId)),
    drafts: applications.filter((a) => a.status === "DRAFT"),
    cases: applications.filter((a) => a.status !== "DRAFT"),
    applications,
    permits,
    unread,
    latestNotices: latest,
    calendar,
  };
}

export type ApplicantHome = Awaited<ReturnType<typeof loadApplicantHome>>;
