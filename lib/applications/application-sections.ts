// The task list of an application as data: which sections a kind of application has, which inputs each
// section asks, and how a section's answers are checked. Answers are kept as typed (strings keyed by input
// name) in Application.formData[section]; the eligibility inputs use the self-check's names
// ("applicant.residence.type", "m0.relation"), so one mapping (lib/self-check/form-model.ts) turns
// both forms into an ELIGIBILITY-V1 request.
// The sections and their inputs are defined in section-inputs.ts; this module checks them.
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n";
import { parseCitizenId } from "@/lib/registry/citizen-id";
import { isRealIsoDate } from "@/lib/policy/dates";
import { findContradictions, type ContradictionFacts } from "@/lib/policy/contradictions";
import { CONTRADICTION_KEYS } from "@/lib/self-check/form-model";
import { citizenIdProblemKey } from "@/lib/registry/citizen-id-messages";
import {
  familyCount,
  MAX_FAMILY,
  MEMBER_INPUTS,
  SECTION_INPUTS,
  type ApplicationFormData,
  type InputDef,
  type SectionId,
  type SectionValues,
} from "./section-inputs";

export * from "./section-inputs";

export interface FieldError {
  /** Input name, e.g. "address" or "m1.birthDate". */
  field: string;
  message: MessageKey;
  /** The row of a family member, 1-based, for the message. */
  member?: number;
}

function checkInput(def: InputDef, name: string, raw: string | undefined, today: string, member?: number): FieldError | null {
  const value = (raw ?? "").trim();
  const error = (message: MessageKey) => ({ field: name, message, member });
  if (def.type === "checkbox") return def.required && value !== "on" ? error("apply.validation.confirm") : null;
  if (value === "")
    return def.required
      ? error(def.type === "select" || def.type === "radio" ? "apply.validation.choose" : "apply.validation.required")
      : null;
  if (def.maxLength && value.length > def.maxLength) return error("apply.validation.tooLong");
  if ((def.type === "select" || def.type === "radio") && def.options && !def.options.filter(Boolean).includes(value))
    return error("apply.validation.choose");
  if (def.type === "number" && (!/^\d+$/.test(value) || Number(value) > 1200)) return error("apply.validation.months");
  if (def.type === "date") {
    if (!isRealIsoDate(value)) return error("apply.validation.date");
    if (value > today) return error("apply.validation.future");
  }
  if (def.citizenId) {
    const parsed = parseCitizenId({ input: value, today });
    if (!parsed.ok) return error(citizenIdProblemKey(parsed.problem));
  }
  return null;
}

/**
 * Whether the task list asks an input in a jurisdiction whose rules read `factsRead` (the self-check's
 * rule: only what some rule reads, plus what the case itself needs, plus anything already answered).
 * The section page and the clerk's view of the facts read the same rule.
 */
export function isAsked(def: InputDef, value: string | undefined, factsRead: ReadonlySet<string>): boolean {
  return (
    !def.label.startsWith("check.") ||
    !!def.always ||
    !!def.required ||
    factsRead.has(def.name) ||
    factsRead.has(`member.${def.name}`) ||
    !!value
  );
}

/** The inputs a section shows for its current values (hidden follow-up questions are not asked). */
export function visibleInputs(
  kind: ApplicationKind,
  section: Exclude<SectionId, "family" | "documents">,
  values: SectionValues,
): InputDef[] {
  return SECTION_INPUTS[section]
    .filter((d) => (!d.shownWhen || d.shownWhen(values)) && (!d.onlyFor || d.onlyFor.includes(kind)))
    .map((d) => (d.requiredFor?.includes(kind) ? { ...d, required: true } : d));
}

const count = (raw: string | undefined) => (/^\d+$/.test((raw ?? "").trim()) ? Number(raw!.trim()) : null);
const answered = (raw: string | undefined) => ((raw ?? "").trim() === "" ? null : raw!.trim());

/** A section's answers as the facts the contradiction rules read (lib/policy/contradictions.ts): typed strings, unanswered = null. */
function sectionFacts(section: SectionId, values: SectionValues, birthDate: string | null, asOf: string): ContradictionFacts {
  if (section === "family") {
    return {
      asOf,
      members: Array.from({ length: familyCount(values) }, (_, i) => ({
        relation: answered(values[`m${i}.relation`]),
        birthDate: answered(values[`m${i}.birthDate`]),
        urbanInsuranceMonths: count(values[`m${i}.urbanInsuranceMonths`]),
      })),
    };
  }
  return {
    asOf,
    applicant: {
      birthDate,
      residence: { months: count(values["applicant.residence.months"]), cityMonths: count(values["applicant.residence.cityMonths"]) },
      employment: {
        type: answered(values["applicant.employment.type"]),
        months: count(values["applicant.employment.months"]),
        newPublicSectorHire: values["applicant.employment.newPublicSectorHire"] === "on",
      },
      socialInsurance: { urbanMonths: count(values["applicant.socialInsurance.urbanMonths"]) },
    },
  };
}

/** `members[1].relation` → the input `m1.relation`; an applicant fact keeps its name. */
function inputOfPath(path: string): string {
  const member = /^members\[(\d+)\]\.(.+)$/.exec(path);
  return member ? `m${member[1]}.${member[2]}` : path;
}

/**
 * Every problem of a section's answers at once (empty when the section may be marked completed).
 * `birthDate` is the applicant's, from the registry: months of residence, work or insurance longer than
 * the applicant has lived cannot be true.
 */
export function validateSection(options: {
  kind: ApplicationKind;
  section: SectionId;
  values: SectionValues;
  today: string;
  birthDate?: string | null;
}): FieldError[] {
  const { section, values, today } = options;
  if (section === "documents") return [];
  const errors = basicErrors({ ...options, section });
  // Facts that cannot all be true: the API's own rule (ELIGIBILITY-V1 "Invalid requests"), shown on every
  // field of this section it involves — unless the field already has a problem of its own.
  const inputs = new Set(
    section === "family"
      ? Array.from({ length: familyCount(values) }, (_, i) => MEMBER_INPUTS.map((d) => `m${i}.${d.name}`)).flat()
      : visibleInputs(options.kind, section, values).map((d) => d.name),
  );
  for (const c of findContradictions(sectionFacts(section, values, options.birthDate ?? null, today))) {
    for (const path of c.paths) {
      const field = inputOfPath(path);
      if (!inputs.has(field) || errors.some((e) => e.field === field)) continue;
      const row = /^m(\d+)\./.exec(field);
      errors.push({ field, message: CONTRADICTION_KEYS[c.rule], member: row ? Number(row[1]) + 1 : undefined });
    }
  }
  return errors;
}

function basicErrors(options: {
  kind: ApplicationKind;
  section: Exclude<SectionId, "documents">;
  values: SectionValues;
  today: string;
}): FieldError[] {
  const { section, values, today } = options;
  const errors: FieldError[] = [];
  if (section === "family") {
    for (let i = 0; i < familyCount(values); i++) {
      for (const def of MEMBER_INPUTS) {
        const e = checkInput(def, `m${i}.${def.name}`, values[`m${i}.${def.name}`], today, i + 1);
        if (e) errors.push(e);
      }
    }
    return errors;
  }
  for (const def of visibleInputs(options.kind, section, values)) {
    const e = checkInput(def, def.name, values[def.name], today);
    if (e) errors.push(e);
  }
  const hukou = values["applicant.hukou.jurisdiction"];
  if (section === "about" && hukou && hukou !== "none" && !values["applicant.hukou.area"]) {
    errors.push({ field: "applicant.hukou.area", message: "apply.validation.choose" });
  }
  if (
    (section === "home" || section === "person") &&
    values.placement === "join" &&
    visibleInputs(options.kind, section, values).some((d) => d.name === "placement")
  ) {
    const number = (values.placementHousehold ?? "").trim();
    if (!number) errors.push({ field: "placementHousehold", message: "apply.validation.required" });
    else if (!/^\d{12}$/.test(number)) errors.push({ field: "placementHousehold", message: "apply.validation.householdNumber" });
    if (!values.placementRelation) errors.push({ field: "placementRelation", message: "apply.validation.choose" });
  }
  return errors;
}

export type SectionStatus = "completed" | "in_progress" | "not_started";

export function sectionStatus(options: {
  section: SectionId;
  formData: ApplicationFormData;
  sectionsDone: readonly string[];
}): SectionStatus {
  if (options.sectionsDone.includes(options.section)) return "completed";
  const values = options.formData[options.section];
  return values && Object.values(values).some((v) => v !== "") ? "in_progress" : "not_started";
}

/**
 * The family rows after the "add" or "remove row i" button of the family section (the form posts the
 * button's value as `intent`): rows are renumbered so none is left empty in the middle.
 */
export function editFamilyRows(values: SectionValues, intent: string): SectionValues {
  const n = familyCount(values);
  if (intent === "add") return { ...values, members: String(Math.min(MAX_FAMILY, n + 1)) };
  const remove = /^remove:(\d+)$/.exec(intent);
  if (!remove) return values;
  const gone = Number(remove[1]);
  const out: SectionValues = {};
  for (const [k, v] of Object.entries(values)) if (!/^m\d+\./.test(k)) out[k] = v;
  let row = 0;
  for (let i = 0; i < n; i++) {
    if (i === gone) continue;
    for (const def of MEMBER_INPUTS) {
      const v = values[`m${i}.${def.name}`];
      if (v !== undefined) out[`m${row}.${def.name}`] = v;
    }
    row++;
  }
  out.members = String(row);
  return out;
}
