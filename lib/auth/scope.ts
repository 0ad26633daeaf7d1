// Row scoping in the query itself (house rule 6): a row outside the actor's scope is simply
// not found, exactly like a missing row.
import type { Actor } from "./permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Applications the actor may read: own, station, subtree, or none. */
export function applicationScope(actor: Actor): Prisma.ApplicationWhereInput {
  switch (actor.role) {
    case "APPLICANT":
      return { applicantUserId: actor.id };
    case "CLERK":
      return actor.stationId ? { stationId: actor.stationId } : { id: { in: [] } };
    case "SUPERVISOR":
      return actor.scopePath ? { station: { path: { startsWith: actor.scopePath } } } : { id: { in: [] } };
    default:
      return { id: { in: [] } };
  }
}

export function householdScope(actor: Actor): Prisma.HouseholdWhereInput {
  switch (actor.role) {
    case "APPLICANT":
      return actor.personId ? { memberships: { some: { personId: actor.personId } } } : { id: { in: [] } };
    case "CLERK":
      return actor.stationId ? { stationId: actor.stationId } : { id: { in: [] } };
    case "SUPERVISOR":
      return actor.scopePath ? { station: { path: { startsWith: actor.scopePath } } } : { id: { in: [] } };
    default:
      return { id: { in: [] } };
  }
}

export function permitScope(actor: Actor): Prisma.ResidencePermitWhereInput {
  switch (actor.role) {
    case "APPLICANT":
      return actor.personId ? { holderId: actor.personId } : { id: { in: [] } };
    case "CLERK":
      return actor.stationId ? { stationId: actor.stationId } : { id: { in: [] } };
    case "SUPERVISOR":
      return actor.scopePath ? { station: { path: { startsWith: actor.scopePath } } } : { id: { in: [] } };
    default:
      return { id: { in: [] } };
  }
}
