// What every page of the task list needs to know about a draft, computed one way: the answers, each
// section's status, the engine's live answer, the document checklist and what is still missing.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { isoDate } from "@/lib/format";
import { needsHeadConsent, requestedPlacement } from "./placement";
import { documentChecklist, missingDocuments, portalRecordsOf, type ChecklistItem } from "./checklist";
import { answerForForm, type FormAnswer } from "./application-form";
import {
  SECTIONS,
  sectionStatus,
  validateSection,
  type ApplicationFormData,
  type SectionId,
  type SectionStatus,
} from "./application-sections";
import { isUuid } from "@/lib/security/uuid";

/** An application of the actor's, with what the task list shows; null when missing or not theirs. */
export async function readOwnApplication(options: { db: Db; actor: Actor; applicationId: string }) {
  if (!isUuid(options.applicationId)) return null;
  return options.db.application.findFirst({
    where: { id: options.applicationId, ...applicationScope(options.actor) },
    include: {
      targetJurisdiction: { select: { name: true, nameEn: true, policyCode: true } },
      targetUnit: { select: { name: true, nameEn: true } },
      station: { select: { name: true, nameEn: true } },
      applicantPerson: {
        select: {
          name: true,
          birthDate: true,
          citizenId: true,
          // The applicant's households now: joining one they head needs nobody's consent (headOf); a newborn's
          // household among them is the register's, its booklet fetched (portalRecordsOf).
          memberships: {
            where: { validTo: null },
            select: { relation: true, household: { select: { id: true, householdNumber: true, address: true } } },
          },
        },
      },
      applicantUser: { select: { identityVerifiedAt: true } },
      permit: { select: { number: true, status: true, validUntil: true, address: true, jurisdiction: { select: { name: true } } } },
      documents: {
        select: { id: true, kind: true, fileName: true, sizeBytes: true, mediaType: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

export type OwnApplication = NonNullable<Awaited<ReturnType<typeof readOwnApplication>>>;

/** Household numbers the applicant heads now. */
export function headOf(app: {
  applicantPerson: { memberships: { relation: string; household: { householdNumber: string } }[] };
}): string[] {
  return app.applicantPerson.memberships.filter((m) => m.relation === "HEAD").map((m) => m.household.householdNumber);
}

export interface DraftState {
  formData: ApplicationFormData;
  sections: { id: SectionId; status: SectionStatus }[];
  /** Every section but documents completed and valid, and no required document missing. */
  readyToCheck: boolean;
  asked: FormAnswer | null;
  checklist: ChecklistItem[];
  missing: ChecklistItem[];
}

export function draftState(options: { app: OwnApplication; today: string }): DraftState {
  const { app, today } = options;
  const formData = (app.formData ?? {}) as ApplicationFormData;
  const asked = answerForForm({
    kind: app.kind,
    jurisdiction: app.targetJurisdiction.policyCode ?? "",
    area: app.targetArea,
    birthDate: isoDate(app.applicantPerson.birthDate),
    formData,
    asOf: today,
  });
  const answer = asked?.answer.status === 200 ? asked.answer.json : null;
  const checklist = documentChecklist({
    kind: app.kind,
    request: asked?.request ?? null,
    answer,
    joinsExistingHousehold: needsHeadConsent(requestedPlacement(app.kind, formData), headOf(app)),
    portal: portalRecordsOf(app),
  });
  const missing = missingDocuments({ checklist, uploadedKinds: app.documents.map((d) => d.kind) });
  const sections = SECTIONS[app.kind].map((id) => {
    if (id === "documents") {
      const status: SectionStatus = missing.length === 0 ? "completed" : app.documents.length ? "in_progress" : "not_started";
      return { id, status };
    }
    const status = sectionStatus({ section: id, formData, sectionsDone: app.sectionsDone });
    // A completed section whose answers no longer pass (e.g. a date now in the future) is in progress again.
    const valid =
      validateSection({ kind: app.kind, section: id, values: formData[id] ?? {}, today, birthDate: isoDate(app.applicantPerson.birthDate) })
        .length === 0;
    return { id, status: status === "completed" && !valid ? ("in_progress" as const) : status };
  });
  return { formData, sections, readyToCheck: sections.every((s) => s.status === "completed"), asked, checklist, missing };
}
