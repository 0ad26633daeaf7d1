// Read models of the draft's task-list pages, beside the commands that change a draft (save-section,
// submit-application): the draft in the actor's own scope with its computed state, and the few registry rows
// a page names (the households a child can join, the household a child's answers chose). A missing or foreign
// draft reads as "missing", a submitted one as "submitted" (the page sends it to its confirmation).
import type { Db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { householdScope } from "@/lib/auth/scope";
import { isSectionOf, type SectionId } from "./application-sections";
import { householdChoices } from "./apply-reads";
import { draftState, readOwnApplication, type DraftState, type OwnApplication } from "./draft-state";

export type DraftRead<T> = { kind: "missing" } | { kind: "submitted" } | ({ kind: "draft"; app: OwnApplication; state: DraftState } & T);

const NO_ID = "00000000-0000-0000-0000-000000000000";
const HOUSEHOLD_FIELDS = { id: true, householdNumber: true, address: true } as const;

async function readDraft(options: { db: Db; actor: Actor; applicationId: string; today: string }, accept = (_app: OwnApplication) => true) {
  const actor = requirePermission(options.actor, "create:application:own");
  const app = await readOwnApplication({ db: options.db, actor, applicationId: options.applicationId });
  if (!app || !accept(app)) return { kind: "missing" } as const;
  if (app.status !== "DRAFT") return { kind: "submitted" } as const;
  return { kind: "draft", app, state: draftState({ app, today: options.today }) } as const;
}

/** One section of the task list; for the child section also the households the applicant can register the child in. */
export async function loadDraftSection(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  section: string;
  today: string;
}): Promise<
  DraftRead<{ section: Exclude<SectionId, "documents">; households: { id: string; householdNumber: string; address: string }[] }>
> {
  const { db, actor } = options;
  const section = options.section as Exclude<SectionId, "documents">;
  const read = await readDraft(options, (app) => isSectionOf(app.kind, options.section) && options.section !== "documents");
  if (read.kind !== "draft") return read;
  const households = section === "child" ? await householdChoices({ db, actor }) : [];
  return { ...read, section, households };
}

/** The check-answers page: the draft, and the household its child section chose (if it is still in scope). */
export async function loadCheckAnswers(options: {
  db: Db;
  actor: Actor;
  applicationId: string;
  today: string;
}): Promise<DraftRead<{ households: { id: string; householdNumber: string; address: string }[] }>> {
  const read = await readDraft(options);
  if (read.kind !== "draft") return read;
  const households = await options.db.household.findMany({
    where: { ...householdScope(options.actor), id: read.state.formData.child?.householdId ?? NO_ID },
    select: HOUSEHOLD_FIELDS,
  });
  return { ...read, households };
}
