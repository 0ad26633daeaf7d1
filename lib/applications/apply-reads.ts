// Read models of the pages that start an application (/apply, /apply/new): what the chooser offers, the permit
// an endorsement is for, the household a newborn joins. All in the actor's own scope; nothing is written here.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope, householdScope, permitScope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/security/uuid";

/** The open household the applicant is a current member of (scoped: an unverified account has none). */
function currentHousehold(actor: Actor): Prisma.HouseholdWhereInput {
  return { ...householdScope(actor), closedOn: null, memberships: { some: { personId: actor.personId ?? "", validTo: null } } };
}

const LIVE_PERMIT = { status: { in: ["VALID", "SUSPENDED"] } } as const satisfies Prisma.ResidencePermitWhereInput;

/** The chooser: live permits (for an endorsement), whether a household exists (for a newborn), open drafts, verification. */
export async function loadApplyChooser(options: { db: Db; actor: Actor }) {
  const { db } = options;
  const actor = requirePermission(options.actor, "create:application:own");
  const [permits, household, drafts, user] = await Promise.all([
    db.residencePermit.findMany({ where: { ...permitScope(actor), ...LIVE_PERMIT }, orderBy: { issuedOn: "desc" } }),
    db.household.findFirst({ where: currentHousehold(actor), select: { id: true } }),
    db.application.findMany({
      where: { ...applicationScope(actor), status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: { id: true, number: true, kind: true },
    }),
    db.user.findUnique({ where: { id: actor.id }, select: { identityVerifiedAt: true } }),
  ]);
  return { permits, household, drafts, user };
}

/** The live permit of the actor's an endorsement would be for; null for a malformed, foreign or dead one. */
export async function loadEndorsablePermit(options: { db: Db; actor: Actor; permitId: string | undefined }) {
  const actor = requirePermission(options.actor, "create:application:own");
  if (!isUuid(options.permitId)) return null;
  return options.db.residencePermit.findFirst({
    where: { id: options.permitId, ...permitScope(actor), ...LIVE_PERMIT },
    include: { jurisdiction: true, station: true },
  });
}

/** The household a newborn would be registered in, with its station. */
export async function loadNewbornHousehold(options: { db: Db; actor: Actor }) {
  const actor = requirePermission(options.actor, "create:application:own");
  return options.db.household.findFirst({ where: currentHousehold(actor), include: { station: true } });
}

/** The households the applicant can register a child in (the draft's child section). */
export async function householdChoices(options: { db: Db; actor: Actor }) {
  return options.db.household.findMany({
    where: currentHousehold(options.actor),
    select: { id: true, householdNumber: true, address: true },
  });
}
