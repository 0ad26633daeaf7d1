// The supervision figures of a station with no case at all: what a quiet station shows, and the base a unit
// test of the CSV adds its figures to.
import type { HealthFigures } from "../../lib/stats/station-health";

export const NO_CASE_FIGURES: HealthFigures = {
  waiting: 0,
  inReview: 0,
  needsMaterials: 0,
  overdue: 0,
  oldestSubmittedAt: null,
  decided: 0,
  approved: 0,
  refused: 0,
  againstEngine: 0,
  medianWorkingDays: null,
  approvalRate: null,
  ratings: 0,
  averageRating: null,
};
