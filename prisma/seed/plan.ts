// Builds the whole demo data set in memory, deterministically: the same plan on every run.
import { planApplications } from "./applications";
import { planJurisdictions } from "./jurisdictions";
import { planPopulation } from "./people";
import { createPermitPlanner, planStandalonePermits } from "./permits";
import type { DemoPlan } from "./plan-types";
import { createRng } from "./random";
import { createRegistryPlanner } from "./registry-planner";
import { CHENZHOU_STORIES } from "./stories-chenzhou";
import { JIYUAN_STORIES } from "./stories-jiyuan";
import { SOUTH_WEST_STORIES } from "./stories-south-west";
import { planQiannanHistoryPermits, QIANNAN_OVERDUE_STORIES, qiannanHistoryStories } from "./stories-qiannan-history";
import { planUsers } from "./users";
import type { HolidayCalendar } from "@/lib/clock";

// The 黔南 history comes last: the earlier stories keep their applicant accounts and random draws.
export const DEMO_STORIES = [
  ...CHENZHOU_STORIES,
  ...JIYUAN_STORIES,
  ...SOUTH_WEST_STORIES,
  ...qiannanHistoryStories(),
  ...QIANNAN_OVERDUE_STORIES,
];

/** `calendar`: the holiday calendar the cases' legal clocks count with (the migration loads it); weekdays only when omitted. */
export function buildDemoPlan(options: { warn: (message: string) => void; calendar?: HolidayCalendar }): DemoPlan {
  const units = planJurisdictions();
  const planner = createRegistryPlanner({ rng: createRng({ stream: "registry" }) });
  planPopulation({ planner, rng: createRng({ stream: "population" }), stations: units.stations });
  const permits = createPermitPlanner({ rng: createRng({ stream: "permits" }) });
  const { applications, applicants } = planApplications({
    stories: DEMO_STORIES,
    planner,
    permits,
    stations: units.stations,
    rng: createRng({ stream: "applications" }),
    warn: options.warn,
    calendar: options.calendar ?? new Map(),
  });
  planStandalonePermits({ planner, permits, rng: createRng({ stream: "standalone-permits" }), stations: units.stations });
  planQiannanHistoryPermits({ planner, permits, stations: units.stations });
  const users = planUsers({ stations: units.stations, applicants, rng: createRng({ stream: "users" }) });
  return {
    jurisdictions: units.rows,
    persons: planner.persons,
    households: planner.households,
    users,
    permits: permits.permits,
    applications,
  };
}
