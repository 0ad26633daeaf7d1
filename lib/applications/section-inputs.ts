// The task list of an application as data: which sections a kind of application has and which inputs each
// section asks (checked by application-sections.ts, which re-exports all of this). The eligibility inputs use
// the self-check's names ("applicant.residence.type", "m0.relation"), so one mapping
// (lib/self-check/form-model.ts) turns both forms into an ELIGIBILITY-V1 request.
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n";
import { JOIN_RELATIONS } from "./placement";
import { APPLICANT_FIELDS, MEMBER_FIELDS, type FieldDef } from "@/lib/self-check/form-model";

export const SECTION_IDS = ["about", "home", "work", "grounds", "family", "permit", "child", "person", "documents"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Only the sections that matter for each kind (documents last; "check answers" follows the list). */
export const SECTIONS: Readonly<Record<ApplicationKind, readonly SectionId[]>> = {
  SETTLEMENT: ["about", "home", "work", "grounds", "family", "documents"],
  RESIDENCE_PERMIT: ["about", "home", "work", "grounds", "documents"],
  PERMIT_ENDORSEMENT: ["permit", "documents"],
  NEWBORN_REGISTRATION: ["child", "documents"],
  NO_HUKOU_REGISTRATION: ["person", "documents"],
};

export function isSectionOf(kind: ApplicationKind, section: string): section is SectionId {
  return (SECTIONS[kind] as readonly string[]).includes(section);
}

export type SectionValues = Record<string, string>;
/** What `Application.formData` holds: the answers of each section. (Not the web platform's FormData.) */
export type ApplicationFormData = Partial<Record<SectionId, SectionValues>>;

export interface InputDef extends Omit<FieldDef, "type" | "label"> {
  type: FieldDef["type"] | "text" | "textarea" | "radio";
  label: MessageKey;
  /** Must be answered before the section counts as completed. */
  required?: boolean;
  /** Shown only when this returns true for the section's current values. */
  shownWhen?: (values: SectionValues) => boolean;
  maxLength?: number;
  /** The input checks a citizen ID number. */
  citizenId?: boolean;
  /** Must be answered for these kinds of application (besides `required`, which holds for every kind). */
  requiredFor?: readonly ApplicationKind[];
  /** Asked only for these kinds of application. */
  onlyFor?: readonly ApplicationKind[];
}

const fromCheck = (name: string, extra: Partial<InputDef> = {}): InputDef => {
  const def = APPLICANT_FIELDS.find((f) => f.name === name);
  if (!def) throw new Error(`unknown self-check field ${name}`);
  return { ...def, ...extra } as InputDef;
};

export const PLACEMENT_MODES = ["new", "join", "collective"] as const;
export const SEXES = ["MALE", "FEMALE"] as const;
export const NO_HUKOU_SITUATIONS = [
  "unplanned_birth",
  "non_marital_birth",
  "adopted",
  "abandoned",
  "lost_record",
  "stateless_return",
  "other",
] as const;
export const NO_HUKOU_RELATIONS = ["CHILD", "SPOUSE", "PARENT", "GRANDCHILD", "OTHER"] as const;

/** Where the hukou goes (a settlement's home section, a no-hukou registration's person section): lib/applications/placement.ts. */
const PLACEMENT_INPUTS: readonly InputDef[] = [
  {
    name: "placement",
    type: "radio",
    label: "apply.field.placement",
    options: PLACEMENT_MODES,
    required: true,
    always: true,
    onlyFor: ["SETTLEMENT", "NO_HUKOU_REGISTRATION"],
  },
  {
    name: "placementHousehold",
    type: "text",
    label: "apply.field.placementHousehold",
    hint: "apply.field.placementHouseholdHint",
    maxLength: 40,
    shownWhen: (v) => v.placement === "join",
    onlyFor: ["SETTLEMENT", "NO_HUKOU_REGISTRATION"],
  },
  {
    name: "placementRelation",
    type: "select",
    label: "apply.field.placementRelation",
    options: ["", ...JOIN_RELATIONS],
    shownWhen: (v) => v.placement === "join",
    onlyFor: ["SETTLEMENT", "NO_HUKOU_REGISTRATION"],
  },
];

/** Inputs of each section other than family (which repeats one row per member). */
export const SECTION_INPUTS: Readonly<Record<Exclude<SectionId, "family" | "documents">, readonly InputDef[]>> = {
  about: [
    fromCheck("applicant.hukou.jurisdiction", { required: true }),
    // Asked with the place (required unless there is no hukou at all), so one save completes the section.
    fromCheck("applicant.hukou.area", { always: true }),
    fromCheck("applicant.hukou.formerNature"),
  ],
  home: [
    { name: "address", type: "text", label: "apply.field.address", hint: "apply.field.addressHint", required: true, maxLength: 200 },
    fromCheck("applicant.residence.type", { required: true }),
    // "居住半年以上" (居住证暂行条例 第二条) counts the months in the city, whatever the dwelling: asked in those
    // words, and for a residence permit always; the months at this dwelling only where a rule reads them.
    fromCheck("applicant.residence.cityMonths", {
      label: "apply.field.cityMonths",
      hint: "apply.field.cityMonthsHint",
      requiredFor: ["RESIDENCE_PERMIT"],
    }),
    fromCheck("applicant.residence.months", { label: "apply.field.residenceMonths", hint: "apply.field.residenceMonthsHint" }),
    fromCheck("applicant.residence.ownDoorNumber"),
    ...PLACEMENT_INPUTS,
  ],
  work: [
    fromCheck("applicant.employment.type", { required: true }),
    fromCheck("applicant.employment.months"),
    fromCheck("applicant.employment.newPublicSectorHire"),
    fromCheck("applicant.stableIncome"),
    fromCheck("applicant.socialInsurance.urbanMonths"),
    fromCheck("applicant.socialInsurance.medical"),
  ],
  grounds: [
    fromCheck("applicant.education.level", { required: true }),
    ...[
      "applicant.education.returnedFromAbroad",
      "applicant.education.admittedLocally",
      "applicant.technicalWorker",
      "applicant.talent.introduced",
      "applicant.talent.outstandingContribution",
      "applicant.talent.marketRecognised",
      "applicant.investor",
      "applicant.relocatedPoverty",
      "applicant.joining.relation",
      "applicant.joining.area",
      "applicant.studying",
    ].map((name) => fromCheck(name)),
  ],
  permit: [
    { name: "address", type: "text", label: "apply.field.currentAddress", hint: "apply.field.addressHint", required: true, maxLength: 200 },
    { name: "stillResident", type: "checkbox", label: "apply.field.stillResident", required: true },
  ],
  child: [
    { name: "name", type: "text", label: "apply.field.childName", required: true, maxLength: 40 },
    { name: "sex", type: "radio", label: "apply.field.sex", options: SEXES, required: true },
    { name: "birthDate", type: "date", label: "apply.field.childBirthDate", required: true },
    { name: "birthPlace", type: "text", label: "apply.field.birthPlace", required: true, maxLength: 100 },
    { name: "hospital", type: "text", label: "apply.field.hospital", maxLength: 100 },
    { name: "householdId", type: "radio", label: "apply.field.household", required: true },
  ],
  person: [
    { name: "name", type: "text", label: "apply.field.personName", required: true, maxLength: 40 },
    { name: "sex", type: "radio", label: "apply.field.sex", options: SEXES, required: true },
    { name: "birthDate", type: "date", label: "apply.field.personBirthDate", required: true },
    { name: "relation", type: "select", label: "apply.field.personRelation", options: NO_HUKOU_RELATIONS, required: true },
    { name: "situation", type: "select", label: "apply.field.situation", options: NO_HUKOU_SITUATIONS, required: true },
    { name: "story", type: "textarea", label: "apply.field.story", hint: "apply.field.storyHint", required: true, maxLength: 2000 },
    { name: "address", type: "text", label: "apply.field.personAddress", required: true, maxLength: 200 },
    ...PLACEMENT_INPUTS.map((d) => ({
      ...d,
      label: d.name === "placementRelation" ? ("apply.field.personRelationToHead" as const) : d.label,
    })),
  ],
};

export const MAX_FAMILY = 6;

/** One family row: who the person is (for the register) and the facts the engine reads. */
export const MEMBER_INPUTS: readonly InputDef[] = [
  { name: "name", type: "text", label: "apply.field.memberName", required: true, maxLength: 40 },
  { name: "citizenId", type: "text", label: "apply.field.memberCitizenId", hint: "apply.field.memberCitizenIdHint", citizenId: true },
  { name: "sex", type: "radio", label: "apply.field.sex", options: SEXES, required: true },
  ...MEMBER_FIELDS.map((f) => ({ ...f, required: f.name === "relation" || f.name === "birthDate" }) as InputDef),
];

/** Family rows present in the values: m0…m(n-1), where n is the stored count or the last row with a relation. */
export function familyCount(values: SectionValues): number {
  let n = Number(values.members ?? 0);
  if (!Number.isInteger(n) || n < 0) n = 0;
  for (let i = 0; i < MAX_FAMILY; i++) if (values[`m${i}.relation`] || values[`m${i}.name`]) n = Math.max(n, i + 1);
  return Math.min(n, MAX_FAMILY);
}
