// A draft taken through the real task list and submission, for the apply and application-variant tests:
// `startDraft` starts one at the test place (apply-fixtures), `saveDraftSection` saves a section, `answeredDraft`
// saves every section (each must pass);
// `submitDeclared` submits it with the declaration signed, as the confirmation page does.
import { expect } from "vitest";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { todayInChina } from "@/lib/policy/dates";
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { submitApplication } from "@/lib/applications/submit-application";
import { atPlace } from "./apply-fixtures";

// The portal dates everything in China time: from 16:00 UTC it is already tomorrow there.
const today = todayInChina({ now: new Date() });

/** `actor` starts a draft of `kind` (a settlement unless given) at the test place. */
export function startDraft(db: Db, actor: Actor, kind?: ApplicationKind) {
  return startApplication({ db, actor, ...atPlace(kind) });
}

/** Saves one section of the draft at `version` as the task list's page does, dated today in China. */
export function saveDraftSection(
  db: Db,
  actor: Actor,
  draft: { id: string; version: number },
  section: string,
  values: Record<string, string>,
) {
  return saveSection({ db, actor, applicationId: draft.id, section, expectedVersion: draft.version, values, today });
}

/** `actor`'s draft of `kind` with every section of `answers` saved; its id and version. */
export async function answeredDraft(db: Db, actor: Actor, answers: Record<string, Record<string, string>>, kind?: ApplicationKind) {
  const { id } = await startDraft(db, actor, kind);
  let version = 1;
  for (const [section, values] of Object.entries(answers)) {
    const saved = await saveDraftSection(db, actor, { id, version }, section, values);
    expect(saved.errors, section).toEqual([]);
    version = saved.version;
  }
  return { id, version };
}

/** Submits the draft at `version` with the declaration signed (and the explanation, if any). */
export function submitDeclared(db: Db, actor: Actor, draft: { id: string; version: number }, explanation?: string) {
  return submitApplication({
    db,
    actor,
    applicationId: draft.id,
    expectedVersion: draft.version,
    declared: true,
    explanation,
    now: new Date(),
  });
}
