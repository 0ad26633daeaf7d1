// Row scoping in the query itself (README house rule 6): a row outside the actor's scope is simply
// not found, exactly like a missing row.
import { can, type Actor } from "./permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOTHING = { id: { in: [] as string[] } };

/**
 * One rule for every table: applicants see their own rows, clerks their station's, supervisors
 * their jurisdiction subtree's; anyone else, or an actor missing the scope their role needs,
 * sees nothing rather than everything.
 */
function scoped<W>(
  actor: Actor,
  where: { own: (actor: Actor) => W | null; station: (stationId: string) => W; subtree: (path: string) => W },
): W {
  switch (actor.role) {
    case "APPLICANT":
      return where.own(actor) ?? (NOTHING as W);
    case "CLERK":
      return actor.stationId ? where.station(actor.stationId) : (NOTHING as W);
    case "SUPERVISOR":
      return actor.scopePath ? where.subtree(actor.scopePath) : (NOTHING as W);
    default:
      return NOTHING as W;
  }
}

/**
 * The registry person whose records are the actor's own: an applicant's linked person once a clerk has
 * checked the original ID card, never before. A sign-up links an account to a known person on name + ID
 * number alone — both printed on every ID-card copy — so an unverified link reads nothing of the register
 * and acts on nothing keyed on the person (docs/decisions/0257).
 */
export function verifiedPersonId(actor: Actor): string | null {
  return actor.role === "APPLICANT" && actor.identityVerified === true ? actor.personId : null;
}

const stationUnder = (path: string) => ({ station: { path: { startsWith: path } } });

/**
 * Staff never see an unsubmitted draft (its answers, files and the applicant's full ID are the
 * applicant's until submitted; decision record 0262). NOT rather than `status`, so a caller's own
 * status filter spread after the scope cannot widen it again.
 */
const SUBMITTED_ONLY = { NOT: { status: "DRAFT" } } as const satisfies Prisma.ApplicationWhereInput;

export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  return scoped<Prisma.ApplicationWhereInput>(actor, {
    own: (a) => ({ applicantUserId: a.id }),
    station: (stationId) => ({ stationId, ...SUBMITTED_ONLY }),
    subtree: (path) => ({ ...stationUnder(path), ...SUBMITTED_ONLY }),
  });
}

export function householdScope(actor: Actor): Prisma.HouseholdWhereInput {
  return scoped<Prisma.HouseholdWhereInput>(actor, {
    own: (a) => {
      const personId = verifiedPersonId(a);
      return personId ? { memberships: { some: { personId } } } : null;
    },
    station: (stationId) => ({ stationId }),
    subtree: stationUnder,
  });
}

export function permitScope(actor: Actor): Prisma.ResidencePermitWhereInput {
  return scoped<Prisma.ResidencePermitWhereInput>(actor, {
    own: (a) => {
      const personId = verifiedPersonId(a);
      return personId ? { holderId: personId } : null;
    },
    station: (stationId) => ({ stationId }),
    subtree: stationUnder,
  });
}

/**
 * Units whose statistics the actor may read: everything with read:stats:any (administrators), the
 * actor's own subtree with read:stats:jurisdiction (supervisors), nothing otherwise.
 */
export function statsUnitScope(actor: Actor): Prisma.JurisdictionWhereInput {
  if (can(actor, "read:stats:any")) return {};
  if (can(actor, "read:stats:jurisdiction") && actor.scopePath) return { path: { startsWith: actor.scopePath } };
  return NOTHING;
}
