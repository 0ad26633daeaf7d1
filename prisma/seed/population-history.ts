// The population's history, planned after the households: married-in spouses who first lived in their
// parents' household, and recent deaths deregistered.
import { seedId } from "./ids";
import { addDays, ageOn, dateBetween, REFERENCE_DATE } from "./dates";
import type { StationInfo } from "./jurisdictions";
import type { Rng } from "./random";
import type { RegistryPlanner } from "./registry-planner";
import { appendReason, HISTORY_REASONS } from "@/lib/registry/reasons";

/** History: a few married-in spouses first lived in their parents' household nearby. */
export function planMarriageMoves(options: { planner: RegistryPlanner; rng: Rng; stations: StationInfo[]; count: number }) {
  const { planner, rng } = options;
  const stationPolicy = new Map(options.stations.map((s) => [s.code, s.policy]));
  const families = planner.households.filter((h) => h.type === "FAMILY");
  const personOf = new Map(planner.persons.map((p) => [p.citizenId, p]));
  let moved = 0;
  for (const household of families) {
    if (moved >= options.count) break;
    const spouse = household.memberships.find((m) => m.relation === "SPOUSE" && m.reason === null && m.validTo === null);
    if (!spouse || !rng.chance(0.5)) continue;
    const person = personOf.get(spouse.citizenId)!;
    // The parents' household: same policy unit, its head 20–35 years older than the spouse.
    const candidates = families.filter((h) => {
      if (h === household || stationPolicy.get(h.stationCode) !== stationPolicy.get(household.stationCode)) return false;
      const head = h.memberships.find((m) => m.relation === "HEAD");
      const gap = head ? ageOn(personOf.get(head.citizenId)!.birthDate, person.birthDate) : 0;
      return gap >= 20 && gap <= 35;
    });
    if (candidates.length === 0) continue;
    const origin = rng.pick(candidates);
    // Re-plan the registration: born into the parents' household, moved on the wedding day.
    const wedding = spouse.validFrom;
    origin.memberships.push({
      id: seedId({ table: "Membership", key: `${origin.householdNumber}:${person.citizenId}:${person.birthDate}` }),
      citizenId: person.citizenId,
      relation: "CHILD",
      validFrom: person.birthDate,
      validTo: wedding,
      reason: appendReason(HISTORY_REASONS.birth, HISTORY_REASONS.marriageOut),
    });
    spouse.reason = HISTORY_REASONS.marriageIn;
    moved += 1;
  }
}

/** Deaths are deregistered promptly (郴政发〔2016〕1号 四(一)): a few elderly parents died recently. */
export function planDeaths(options: { planner: RegistryPlanner; rng: Rng; count: number }) {
  const { planner, rng } = options;
  const elderly = planner.persons.filter((p) => {
    const relation = planner.activeMembership({ person: p })?.membership.relation;
    return ageOn(p.birthDate, REFERENCE_DATE) >= 75 && (relation === "PARENT" || relation === "SPOUSE");
  });
  for (const person of elderly.slice(0, options.count)) {
    person.deceasedOn = dateBetween({ from: "2025-03-01", to: "2026-09-30", next: rng.next });
    person.phone = null;
    planner.deregister({ person, on: addDays(person.deceasedOn, rng.int(3, 20)), reason: HISTORY_REASONS.death });
  }
}
