// The documents a case needs, from one table: what the met pathway reads decides what must be proved
// (a pathway that reads the residence needs a proof of residence; one that reads insurance months needs
// the contribution record…), and the family members applied for add their proofs of relationship. The
// self-check shows the same list under a met pathway, the task list asks for it, submission refuses a
// case while a required item has no file, and the clerk marks each file against its item.
// Citations are given where the law names the document (《居住证暂行条例》 第九条); elsewhere `citation` is null.
// A document the portal itself issued or holds — the residence permit it issued, the identity of the
// permit's holder, the household booklet of a household in its register — is never asked for
// (电子证照, 减证便民): the item is "held", shown as 已调取 with what was fetched, and not required.
import { leavesOf } from "@/lib/policy/conditions";
import { nationalPolicies, policyPacks } from "@/lib/policy/packs";
import type { EligibilityRequest, EligibilityResponse, Pathway } from "@/lib/policy";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { CHECKLIST_ITEMS, type ChecklistItemDefinition, type ChecklistItemId } from "./checklist-items";
import { dayOf } from "@/lib/clock/day";

export { CHECKLIST_ITEMS, type ChecklistItemDefinition, type ChecklistItemId } from "./checklist-items";

/** A record the portal fetched instead of asking for the document: what it is, for the applicant and the clerk. */
export type HeldRecord =
  | { readonly source: "permit"; readonly number: string; readonly validUntil: string }
  | { readonly source: "identity"; readonly name: string; readonly citizenId: string }
  | { readonly source: "household"; readonly householdNumber: string; readonly address: string };

/** What the portal holds for a case: the permit it endorses, the holder's registry identity, the household joined. */
export interface PortalRecords {
  readonly permit?: { number: string; validUntil: string } | null;
  readonly identity?: { name: string; citizenId: string } | null;
  readonly household?: { householdNumber: string; address: string } | null;
}

export interface ChecklistItem extends ChecklistItemDefinition {
  readonly id: ChecklistItemId;
  /** Submission is refused while a required item has no file; the others help the clerk. */
  readonly required: boolean;
  /** Fetched from the portal's own records (已调取): not asked for, never required. */
  readonly held: HeldRecord | null;
}

export function checklistItem(id: string): ChecklistItemDefinition | null {
  // An own-property lookup: `id in` would also find `constructor`, `__proto__`, `toString`… (issue 16 L7).
  return Object.hasOwn(CHECKLIST_ITEMS, id) ? { id, ...CHECKLIST_ITEMS[id as ChecklistItemId] } : null;
}

const ALL_PATHWAYS: ReadonlyMap<string, Pathway> = new Map(
  [...policyPacks, ...nationalPolicies].flatMap((doc) => doc.pathways.map((p) => [p.id, p] as const)),
);

/** The facts a pathway's conditions read, e.g. "applicant.residence.type". */
export function factsReadBy(pathwayId: string): ReadonlySet<string> {
  const pathway = ALL_PATHWAYS.get(pathwayId);
  return new Set(pathway ? leavesOf(pathway.conditions).map((leaf) => leaf.fact) : []);
}

const RESIDENCE_PROOF: Record<string, ChecklistItemId | null> = {
  owned: "property_title",
  rented_registered: "registered_lease",
  rented: "lease",
  dormitory: "lodging_certificate",
  relative: "relative_booklet",
  none: null,
};

const EMPLOYMENT_PROOF: Record<string, ChecklistItemId | null> = {
  employee: "employment_contract",
  flexible: "employment_contract",
  self_employed: "business_licence",
  business_owner: "business_licence",
  public_sector: "public_sector_appointment",
  none: null,
};

const MEMBER_PROOF: Record<string, ChecklistItemId> = {
  spouse: "marriage_certificate",
  child: "child_relation",
  parent: "parent_relation",
  grandparent: "parent_relation",
  grandchild: "child_relation",
};

function reads(facts: ReadonlySet<string>, prefix: string): boolean {
  for (const f of facts) if (f.startsWith(prefix)) return true;
  return false;
}

/** Items a settlement or residence-permit case needs, from its facts and the pathway it rests on. */
function eligibilityItems(request: EligibilityRequest, pathwayId: string | null): Map<ChecklistItemId, boolean> {
  const a = request.applicant;
  const read = pathwayId ? factsReadBy(pathwayId) : new Set<string>();
  // With no met pathway nothing is known to be decisive: every fact the applicant claims needs its proof.
  const needs = (prefix: string) => !pathwayId || reads(read, prefix);
  const items = new Map<ChecklistItemId, boolean>();
  const add = (id: ChecklistItemId | null, required: boolean) => {
    if (id) items.set(id, (items.get(id) ?? false) || required);
  };
  add("id_card", true);
  if (a.hukou) add("household_booklet", request.kind === "settlement");
  if (request.kind === "residence_permit") {
    // The decree asks for a photo, a proof of address and a proof of employment or study (第九条).
    add("photo", true);
    add(RESIDENCE_PROOF[a.residence.type] ?? "lodging_certificate", true);
    add(EMPLOYMENT_PROOF[a.employment.type], a.employment.type !== "none" && !a.studying);
    if (a.studying) add("admission_notice", true);
  } else {
    add(RESIDENCE_PROOF[a.residence.type], needs("applicant.residence"));
    add(EMPLOYMENT_PROOF[a.employment.type], needs("applicant.employment"));
    if (a.socialInsurance.urbanMonths > 0 || a.socialInsurance.medical) add("insurance_record", needs("applicant.socialInsurance"));
    if (a.education.level !== "none" && a.education.level !== "secondary") add("diploma", needs("applicant.education.level"));
    if (a.education.returnedFromAbroad) add("overseas_study", needs("applicant.education.returnedFromAbroad"));
    if (a.education.admittedLocally) add("admission_notice", needs("applicant.education.admittedLocally"));
    if (a.talent.introduced || a.talent.outstandingContribution || a.talent.marketRecognised)
      add("talent_certificate", needs("applicant.talent"));
    if (a.investor) add("investment_proof", needs("applicant.investor"));
    if (a.relocatedPoverty) add("relocation_proof", needs("applicant.relocatedPoverty"));
    if (a.joining) add("relative_booklet", needs("applicant.joining"));
    if (a.technicalWorker) add("employment_contract", needs("applicant.technicalWorker"));
  }
  for (const m of request.members) add(MEMBER_PROOF[m.relation], true);
  return items;
}

function toList(items: Map<ChecklistItemId, boolean>, held: ReadonlyMap<ChecklistItemId, HeldRecord> = new Map()): ChecklistItem[] {
  return [...items].map(([id, required]) => {
    const record = held.get(id) ?? null;
    return { id, required: required && !record, held: record, ...CHECKLIST_ITEMS[id] };
  });
}

/** The items the portal's own records stand in for, by case kind (only these kinds fetch today). */
function heldItems(kind: ApplicationKind, portal: PortalRecords | undefined): Map<ChecklistItemId, HeldRecord> {
  const held = new Map<ChecklistItemId, HeldRecord>();
  if (!portal) return held;
  if (kind === "PERMIT_ENDORSEMENT") {
    // The permit is the portal's own issue; its holder's identity was checked against the ID card when it
    // was issued (第九条) and is the register's record.
    if (portal.permit) held.set("permit", { source: "permit", ...portal.permit });
    if (portal.identity) held.set("id_card", { source: "identity", ...portal.identity });
  }
  if (kind === "NEWBORN_REGISTRATION" && portal.household) held.set("parents_booklet", { source: "household", ...portal.household });
  return held;
}

/**
 * The checklist of a case. `request` is the eligibility request built from the case's facts (settlement
 * and residence permit); `answer` the engine's answer to it — the best met pathway decides what is required.
 * `joinsExistingHousehold` adds the head's consent (a settlement or a no-hukou registration into a household
 * named by number whose head is not the applicant: lib/applications/placement.ts needsHeadConsent).
 */
export function documentChecklist(options: {
  kind: ApplicationKind;
  request?: EligibilityRequest | null;
  answer?: EligibilityResponse | null;
  joinsExistingHousehold?: boolean;
  /** The portal's own records for this case: the items they stand in for are held, not asked for. */
  portal?: PortalRecords;
}): ChecklistItem[] {
  const held = heldItems(options.kind, options.portal);
  switch (options.kind) {
    case "SETTLEMENT":
    case "RESIDENCE_PERMIT": {
      if (!options.request) return toList(new Map([["id_card", true]]));
      const met = options.answer?.pathways.find((p) => p.eligible)?.id ?? null;
      const items = eligibilityItems(options.request, met);
      if (options.kind === "SETTLEMENT" && options.joinsExistingHousehold) items.set("head_consent", true);
      return toList(items);
    }
    case "PERMIT_ENDORSEMENT":
      return toList(
        new Map<ChecklistItemId, boolean>([
          ["id_card", true],
          ["permit", true],
          ["lodging_certificate", false],
        ]),
        held,
      );
    case "NEWBORN_REGISTRATION":
      // 郴州 四(一): no birth permit, no fee receipt — only the birth itself, the parents' identity and
      // the household the child joins (the portal's register holds it: fetched, not asked for).
      return toList(
        new Map<ChecklistItemId, boolean>([
          ["birth_certificate", true],
          ["parents_ids", true],
          ["parents_booklet", true],
        ]),
        held,
      );
    case "NO_HUKOU_REGISTRATION":
      return toList(
        new Map<ChecklistItemId, boolean>([
          ["no_hukou_statement", true],
          ["photo", false],
          ...(options.joinsExistingHousehold ? [["head_consent", true] as const] : []),
        ]),
      );
  }
}

/** Required items with no document yet: what submission refuses, listed all at once. */
export function missingDocuments(options: { checklist: readonly ChecklistItem[]; uploadedKinds: Iterable<string> }): ChecklistItem[] {
  const have = new Set(options.uploadedKinds);
  return options.checklist.filter((item) => item.required && !item.held && !have.has(item.id));
}

/**
 * The portal records of a case, from what its pages already read: the permit it endorses (with its
 * holder, the applicant, whose identity the register holds), and for a newborn the household it joins
 * when the applicant is a current member of it. Pure: the caller reads the rows.
 */
export function portalRecordsOf(app: {
  kind: ApplicationKind;
  formData: unknown;
  applicantPerson: {
    name: string;
    citizenId: string;
    memberships?: readonly { household: { id: string; householdNumber: string; address: string } }[];
  };
  permit: { number: string; validUntil: Date } | null;
}): PortalRecords {
  if (app.kind === "PERMIT_ENDORSEMENT" && app.permit) {
    return {
      permit: { number: app.permit.number, validUntil: dayOf(app.permit.validUntil) },
      identity: { name: app.applicantPerson.name, citizenId: app.applicantPerson.citizenId },
    };
  }
  if (app.kind === "NEWBORN_REGISTRATION") {
    const form = (app.formData ?? {}) as { child?: { householdId?: string } };
    const household = (app.applicantPerson.memberships ?? []).find((m) => m.household.id === form.child?.householdId)?.household;
    return household ? { household: { householdNumber: household.householdNumber, address: household.address } } : {};
  }
  return {};
}
