// The assessment year: chosen in the GET form, else 2018 — the year 附件1 sets out.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { enteredAssessmentYears } from "@/lib/stats/assessment-years";
import { firstValue, type SearchParams } from "@/lib/search-params";
import { MIN_YEAR, thisYear } from "../params";

export const ASSESSMENT_FIRST_YEAR = 2018;

export async function assessmentYear(options: { db: Db; search: SearchParams }): Promise<{ year: number; years: number[] }> {
  const year = z.coerce.number().int().min(MIN_YEAR).max(thisYear()).catch(ASSESSMENT_FIRST_YEAR).parse(firstValue(options.search.year));
  const entered = await enteredAssessmentYears({ db: options.db });
  const years = [...new Set([ASSESSMENT_FIRST_YEAR, year, ...entered])].sort((a, b) => b - a);
  return { year, years };
}
