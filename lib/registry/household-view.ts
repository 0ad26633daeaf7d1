// The register as the clerk sees it: one household with its station and every membership (current and ended,
// in the order they began) with the person's name, number and birth date. Scoped in the query: another
// station's household is null, like a missing one.
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { householdScope } from "@/lib/auth/scope";

export async function loadStationHousehold(options: { db: Db; actor: Actor; householdId: string }) {
  const actor = requirePermission(options.actor, "read:household:station");
  return options.db.household.findFirst({
    where: { id: options.householdId, ...householdScope(actor) },
    include: {
      station: { select: { name: true } },
      memberships: {
        orderBy: [{ validFrom: "asc" }, { createdAt: "asc" }],
        include: { person: { select: { name: true, citizenId: true, birthDate: true } } },
      },
    },
  });
}
