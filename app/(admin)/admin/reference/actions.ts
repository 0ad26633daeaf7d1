"use server";
// Reference-data forms, through the one pipeline (lib/actions/pipeline.ts, ./steps.ts).
import { getDb } from "@/lib/db";
import { deleteCalendarDay, saveAssessmentInput, saveCalendarDay, savePopulationStat, saveTarget } from "@/lib/reference/save-reference";
import { ASSESSMENT_FORM, CALENDAR_DELETE_FORM, CALENDAR_FORM, POPULATION_FORM, TARGET_FORM } from "./schemas";
import { referenceForm } from "./steps";

export async function savePopulationAction(formData: FormData) {
  await referenceForm(POPULATION_FORM, formData, (actor, input) => savePopulationStat({ db: getDb(), actor, input }));
}

export async function saveTargetAction(formData: FormData) {
  await referenceForm(TARGET_FORM, formData, (actor, input) => saveTarget({ db: getDb(), actor, input }));
}

export async function saveAssessmentAction(formData: FormData) {
  await referenceForm(ASSESSMENT_FORM, formData, (actor, input) => saveAssessmentInput({ db: getDb(), actor, input }));
}

export async function saveCalendarAction(formData: FormData) {
  await referenceForm(CALENDAR_FORM, formData, (actor, input) => saveCalendarDay({ db: getDb(), actor, input }));
}

export async function deleteCalendarAction(formData: FormData) {
  await referenceForm(CALENDAR_DELETE_FORM, formData, (actor, input) => deleteCalendarDay({ db: getDb(), actor, date: input.date }));
}
