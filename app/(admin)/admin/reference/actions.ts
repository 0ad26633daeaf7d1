"use server";
// Reference-data forms, through the one pipeline (lib/actions/pipeline.ts, ./steps.ts).
import { z } from "zod";
import { getDb } from "@/lib/db";
import { deleteCalendarDay, saveAssessmentInput, saveCalendarDay, savePopulationStat, saveTarget } from "@/lib/reference/save-reference";
import { assessmentCross, assessmentSchema, calendarSchema, isoDate, populationCross, populationSchema } from "./schemas";
import { targetCross, targetSchema } from "./schemas";
import { referenceForm } from "./steps";

export async function savePopulationAction(formData: FormData) {
  await referenceForm(
    "population",
    populationSchema,
    formData,
    (actor, input) => savePopulationStat({ db: getDb(), actor, input }),
    "saved",
    populationCross,
  );
}

export async function saveTargetAction(formData: FormData) {
  await referenceForm("targets", targetSchema, formData, (actor, input) => saveTarget({ db: getDb(), actor, input }), "saved", targetCross);
}

export async function saveAssessmentAction(formData: FormData) {
  await referenceForm(
    "assessment",
    assessmentSchema,
    formData,
    (actor, input) => saveAssessmentInput({ db: getDb(), actor, input }),
    "saved",
    assessmentCross,
  );
}

export async function saveCalendarAction(formData: FormData) {
  await referenceForm("calendar", calendarSchema, formData, (actor, input) => saveCalendarDay({ db: getDb(), actor, input }));
}

export async function deleteCalendarAction(formData: FormData) {
  await referenceForm(
    "calendar",
    z.object({ date: isoDate }),
    formData,
    (actor, input) => deleteCalendarDay({ db: getDb(), actor, date: input.date }),
    "deleted",
  );
}
