// Submitting a draft: ONE transaction that re-reads the draft in the applicant's scope, asks the engine
// again on the stored answers (never trusting what a page showed earlier), checks every section and every
// required document, writes the family as ApplicationMember rows and moves the case DRAFT → SUBMITTED
// with the facts, the whole answer and the policy version (moveCase starts the clock and writes the case
// event, the audit row and the "submitted" notice). Anything failing leaves the draft exactly as it was.
// A second post of the same form finds the case already submitted and is shown the same confirmation.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Relation } from "@/lib/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/scope";
import { DomainError } from "@/lib/errors";
import { loadCalendar } from "@/lib/clock/load-calendar";
import { todayInChina, type EligibilityResponse } from "@/lib/policy";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { isoDate } from "@/lib/format";
import { documentChecklist, missingDocuments, portalRecordsOf } from "./checklist";
import { endorsementRefusalDetails, endorsementWindow, mayEndorse } from "@/lib/permits/endorsement-window";
import { MOVABLE_SELECT, moveCase } from "./lifecycle";
import { answerForForm, apiArea } from "./application-form";
import { TX_OPTIONS } from "@/lib/db/tx-options";
import { familyCount, SECTIONS, validateSection, type ApplicationFormData } from "./application-sections";
import { headOf } from "./draft-state";
import { needsHeadConsent, requestedPlacement } from "./placement";
import { DECLARATION_TEXT } from "./declaration";
import { isUuid } from "@/lib/security/uuid";
import { dbDate } from "@/lib/clock/day";

export { DECLARATION_TEXT };

export const MAX_EXPLANATION = 2000;

export interface SubmitApplicationOptions {
  db: Db;
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  /** Required when the engine answers "not eligible": why the applicant asks all the same. */
  explanation?: string | null;
  /** The applicant ticked the 如实申报承诺 (DECLARATION_TEXT); without it nothing is submitted. */
  declared: boolean;
  now: Date;
}

export interface SubmitResult {
  number: string;
  alreadySubmitted: boolean;
}

type MemberRow = Omit<Prisma.ApplicationMemberCreateManyInput, "applicationId">;

const day = (value: string) => dbDate(value);

/** The people the case is about besides the applicant, from the answers (family, the newborn, the person with no hukou). */
async function memberRows(
  tx: Prisma.TransactionClient,
  kind: string,
  formData: ApplicationFormData,
  answer: EligibilityResponse | null,
): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  if (kind === "SETTLEMENT") {
    const family = formData.family ?? {};
    for (let i = 0; i < familyCount(family); i++) {
      const get = (name: string) => (family[`m${i}.${name}`] ?? "").trim();
      const id = get("citizenId") ? parseCitizenId({ input: get("citizenId") }) : null;
      const citizenId = id?.ok ? id.value : null;
      // Linked to the registry only when the number and the name both match a person there.
      const person = citizenId ? await tx.person.findFirst({ where: { citizenId, name: get("name") }, select: { id: true } }) : null;
      const result = answer?.members.find((m) => m.index === i) ?? null;
      rows.push({
        position: i,
        relation: get("relation").toUpperCase() as Relation,
        name: get("name"),
        citizenId,
        personId: person?.id ?? null,
        birthDate: day(get("birthDate")),
        sex: (get("sex") || null) as "MALE" | "FEMALE" | null,
        facts: {
          relation: get("relation"),
          birthDate: get("birthDate"),
          coResident: get("coResident") === "on",
          married: get("married") === "on",
          hasIncome: get("hasIncome") === "on",
          urbanInsuranceMonths: Number(get("urbanInsuranceMonths") || 0),
        },
        eligible: result ? result.eligible : null,
      });
    }
  }
  if (kind === "NEWBORN_REGISTRATION" || kind === "NO_HUKOU_REGISTRATION") {
    const v = (kind === "NEWBORN_REGISTRATION" ? formData.child : formData.person) ?? {};
    const { name = "", sex = "", birthDate = "", relation = "CHILD", ...rest } = v;
    rows.push({
      position: 0,
      relation: relation as Relation,
      name: name.trim(),
      birthDate: day(birthDate),
      sex: sex as "MALE" | "FEMALE",
      facts: rest,
      citizenId: null,
      personId: null,
      eligible: null,
    });
  }
  return rows;
}

const SUBMIT_SELECT = {
  ...MOVABLE_SELECT,
  submittedAt: true,
  formData: true,
  targetArea: true,
  targetJurisdiction: { select: { policyCode: true } },
  applicantPerson: {
    select: {
      name: true,
      citizenId: true,
      birthDate: true,
      memberships: {
        where: { validTo: null },
        select: { relation: true, household: { select: { id: true, householdNumber: true, address: true } } },
      },
    },
  },
  documents: { select: { kind: true } },
  permit: { select: { number: true, status: true, validUntil: true } },
} satisfies Prisma.ApplicationSelect;

type DraftToSubmit = Prisma.ApplicationGetPayload<{ select: typeof SUBMIT_SELECT }>;

export async function submitApplication(options: SubmitApplicationOptions): Promise<SubmitResult> {
  const actor = requirePermission(options.actor, "create:application:own");
  const { db, now } = options;
  const calendar = await loadCalendar({ db });
  const today = todayInChina({ now });
  return db.$transaction(async (tx) => {
    // A double click posts twice at once: the second waits here for the first and then finds it submitted,
    // instead of racing it to the member rows.
    if (isUuid(options.applicationId))
      await tx.$executeRaw`SELECT 1 FROM "Application" WHERE id = CAST(${options.applicationId} AS uuid) FOR UPDATE`;
    const app = await tx.application.findFirst({
      where: { id: options.applicationId, ...applicationScope(actor) },
      select: SUBMIT_SELECT,
    });
    if (!app) throw new DomainError("NOT_FOUND");
    if (app.status !== "DRAFT") {
      if (app.submittedAt && app.status !== "WITHDRAWN") return { number: app.number, alreadySubmitted: true };
      throw new DomainError("INVALID_STATE");
    }
    const formData = (app.formData ?? {}) as ApplicationFormData;
    const unsigned = checkComplete({ app, formData, today, declared: options.declared });

    const jurisdiction = app.targetJurisdiction.policyCode ?? "";
    const asked = answerForForm({
      kind: app.kind,
      jurisdiction,
      area: app.targetArea,
      birthDate: isoDate(app.applicantPerson.birthDate),
      formData,
      asOf: today,
    });
    if (asked && asked.answer.status !== 200) throw new DomainError("VALIDATION", ["answers", ...unsigned]);
    const answer = asked && asked.answer.status === 200 ? asked.answer.json : null;
    const eligible = answer ? answer.eligible : null;
    const explanation = (options.explanation ?? "").trim().slice(0, MAX_EXPLANATION);
    const unexplained = eligible === false && !explanation ? ["explanation"] : [];
    if (unexplained.length || unsigned.length) throw new DomainError("VALIDATION", [...unexplained, ...unsigned]);

    // Where the hukou goes, as the applicant asked: stored in the shape the clerk's panel and approval read.
    const requested = requestedPlacement(app.kind, formData);
    checkDocuments({ app, requested, request: asked?.request ?? null, answer });

    const members = await memberRows(tx, app.kind, formData, answer);
    if (members.length) await tx.applicationMember.createMany({ data: members.map((m) => ({ ...m, applicationId: app.id })) });

    const facts = submittedFacts({ app, asked, answer, formData, jurisdiction, today });
    // A newborn joins the household the parents chose; otherwise where the applicant asked, if anywhere.
    const placement =
      requested ?? (app.kind === "NEWBORN_REGISTRATION" ? { mode: "join", householdId: formData.child?.householdId ?? null } : null);
    await moveCase({
      tx,
      app,
      to: "SUBMITTED",
      actorId: actor.id,
      expectedVersion: options.expectedVersion,
      calendar,
      now,
      action: "application.submit",
      auditData: {
        eligible,
        policyId: answer?.policy?.id ?? null,
        members: members.length,
        documents: app.documents.length,
        declaration: DECLARATION_TEXT,
      },
      data: {
        facts,
        // A plain copy: the stored snapshot must not share objects with the engine's frozen data.
        decisionSnapshot: answer ? (JSON.parse(JSON.stringify(answer)) as Prisma.InputJsonValue) : undefined,
        policyId: answer?.policy?.id ?? null,
        // The engine has no version field: a policy is versioned by its document number, else its start date.
        policyVersion: answer?.policy ? (answer.policy.documentNumber ?? answer.policy.effectiveFrom) : null,
        eligibleAtSubmission: eligible,
        explanation: eligible === false ? explanation : null,
        placement: placement ?? undefined,
      },
    });
    return { number: app.number, alreadySubmitted: false };
  }, TX_OPTIONS);
}

/** Every section answered and, for an endorsement, the window open; returns ["declaration"] when unticked. */
function checkComplete(options: { app: DraftToSubmit; formData: ApplicationFormData; today: string; declared: boolean }): string[] {
  const { app, formData, today } = options;
  const incomplete = SECTIONS[app.kind].filter(
    (section) =>
      section !== "documents" &&
      validateSection({
        kind: app.kind,
        section,
        values: formData[section] ?? {},
        today,
        birthDate: isoDate(app.applicantPerson.birthDate),
      }).length > 0,
  );
  // Every problem at once: an unticked declaration is listed with whatever else is wrong.
  const unsigned = options.declared === true ? [] : ["declaration"];
  if (incomplete.length) throw new DomainError("VALIDATION", [...incomplete, ...unsigned]);
  // A draft started in the window may be submitted late (and is then a late endorsement), never before it.
  if (app.kind === "PERMIT_ENDORSEMENT") {
    if (!app.permit) throw new DomainError("VALIDATION", ["permit"]);
    const window = endorsementWindow({ permit: app.permit, today });
    if (!mayEndorse(window)) throw new DomainError("ENDORSEMENT_WINDOW", endorsementRefusalDetails(window));
  }
  return unsigned;
}

/** Every document the checklist asks for is uploaded (documents the portal holds are not asked for). */
function checkDocuments(options: {
  app: DraftToSubmit;
  requested: ReturnType<typeof requestedPlacement>;
  request: Parameters<typeof documentChecklist>[0]["request"];
  answer: EligibilityResponse | null;
}): void {
  const { app, requested, answer } = options;
  const checklist = documentChecklist({
    kind: app.kind,
    request: options.request,
    answer,
    joinsExistingHousehold: needsHeadConsent(requested, headOf(app)),
    portal: portalRecordsOf(app),
  });
  const missing = missingDocuments({ checklist, uploadedKinds: app.documents.map((d) => d.kind) });
  if (missing.length)
    throw new DomainError(
      "MISSING_DOCUMENTS",
      missing.map((m) => m.id),
    );
}

/** The facts stored with the case: the engine's request where it was asked, else the first section's answers. */
function submittedFacts(options: {
  app: DraftToSubmit;
  asked: ReturnType<typeof answerForForm>;
  answer: EligibilityResponse | null;
  formData: ApplicationFormData;
  jurisdiction: string;
  today: string;
}): Prisma.InputJsonValue {
  const { app, asked, answer, formData, jurisdiction, today } = options;
  return answer
    ? (JSON.parse(JSON.stringify(asked!.request)) as Prisma.InputJsonValue)
    : {
        kind: app.kind.toLowerCase(),
        jurisdiction,
        area: apiArea(app.targetArea),
        asOf: today,
        answers: (formData[SECTIONS[app.kind][0]] ?? {}) as Prisma.InputJsonValue,
      };
}

/** Whether the applicant's case left the draft state (a double click's other post submitted it): the action shows it then. */
export async function submittedMeanwhile(options: { db: Db; actor: Actor; applicationId: string }): Promise<boolean> {
  const found = await options.db.application.findFirst({
    where: { id: options.applicationId, applicantUserId: options.actor.id, status: { not: "DRAFT" } },
    select: { id: true },
  });
  return found !== null;
}
