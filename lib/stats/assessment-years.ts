// The years an administrator has entered 附件1 inputs for: the assessment's year choices beside 2018.
import type { Db } from "@/lib/db";

export async function enteredAssessmentYears(options: { db: Db }): Promise<number[]> {
  const entered = await options.db.assessmentInput.findMany({ distinct: ["year"], select: { year: true } });
  return entered.map((e) => e.year);
}
