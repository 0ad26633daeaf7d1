// The self-check form as data: which inputs exist, which request fact each one sets, and how a
// submitted form (query string) becomes an ELIGIBILITY-V1 request. Pure, so it is unit-tested and
// the page, its live updates and the comparison all read the form the same way.
import type { MessageKey } from "@/lib/i18n";
import { CONTRADICTION_MESSAGES, CONTRADICTION_RULES, type ContradictionRule } from "@/lib/policy/contradictions";
import * as vocabulary from "@/lib/policy/vocabulary";
import { firstValue, type SearchParams } from "@/lib/search-params";

export type FieldType = "select" | "number" | "date" | "checkbox";

export interface FieldDef {
  /** Input name = the request path it sets (members use "m<i>." + member path). */
  name: string;
  type: FieldType;
  label: MessageKey;
  hint?: MessageKey;
  options?: readonly string[];
  /** Shown whatever the jurisdiction (otherwise only when some applicable rule reads the fact). */
  always?: boolean;
}

export const MAX_MEMBERS = 6;
export const HUKOU_NONE = "none";

export const PLACE_FIELDS: FieldDef[] = [
  { name: "jurisdiction", type: "select", label: "check.field.jurisdiction", options: vocabulary.JURISDICTIONS, always: true },
  { name: "area", type: "select", label: "check.field.area", options: vocabulary.AREAS, always: true },
  { name: "kind", type: "select", label: "check.field.kind", options: vocabulary.KINDS, always: true },
  { name: "asOf", type: "date", label: "check.field.asOf", always: true },
];

export const APPLICANT_FIELDS: FieldDef[] = [
  { name: "applicant.birthDate", type: "date", label: "check.field.birthDate", always: true },
  {
    name: "applicant.hukou.jurisdiction",
    type: "select",
    label: "check.field.hukouJurisdiction",
    options: [HUKOU_NONE, "elsewhere", ...vocabulary.JURISDICTIONS],
    always: true,
  },
  { name: "applicant.hukou.area", type: "select", label: "check.field.hukouArea", options: vocabulary.AREAS },
  { name: "applicant.hukou.formerNature", type: "select", label: "check.field.formerNature", options: ["", ...vocabulary.FORMER_NATURES] },
  { name: "applicant.residence.type", type: "select", label: "check.field.residenceType", options: vocabulary.RESIDENCE_TYPES },
  { name: "applicant.residence.months", type: "number", label: "check.field.residenceMonths" },
  { name: "applicant.residence.cityMonths", type: "number", label: "check.field.cityMonths", hint: "check.field.cityMonthsHint" },
  { name: "applicant.residence.ownDoorNumber", type: "checkbox", label: "check.field.ownDoorNumber" },
  { name: "applicant.employment.type", type: "select", label: "check.field.employmentType", options: vocabulary.EMPLOYMENT_TYPES },
  { name: "applicant.employment.months", type: "number", label: "check.field.employmentMonths" },
  { name: "applicant.employment.newPublicSectorHire", type: "checkbox", label: "check.field.newPublicSectorHire" },
  { name: "applicant.stableIncome", type: "checkbox", label: "check.field.stableIncome" },
  { name: "applicant.socialInsurance.urbanMonths", type: "number", label: "check.field.urbanMonths", hint: "check.field.urbanMonthsHint" },
  { name: "applicant.socialInsurance.medical", type: "checkbox", label: "check.field.medical" },
  { name: "applicant.education.level", type: "select", label: "check.field.educationLevel", options: vocabulary.EDUCATION_LEVELS },
  { name: "applicant.education.returnedFromAbroad", type: "checkbox", label: "check.field.returnedFromAbroad" },
  { name: "applicant.education.admittedLocally", type: "checkbox", label: "check.field.admittedLocally" },
  {
    name: "applicant.education.hukouBeforeStudy.jurisdiction",
    type: "select",
    label: "check.field.hukouBeforeStudyJurisdiction",
    options: ["", "elsewhere", ...vocabulary.JURISDICTIONS],
  },
  {
    name: "applicant.education.hukouBeforeStudy.area",
    type: "select",
    label: "check.field.hukouBeforeStudyArea",
    options: ["", ...vocabulary.AREAS],
  },
  { name: "applicant.technicalWorker", type: "checkbox", label: "check.field.technicalWorker" },
  { name: "applicant.talent.introduced", type: "checkbox", label: "check.field.talentIntroduced" },
  { name: "applicant.talent.outstandingContribution", type: "checkbox", label: "check.field.outstandingContribution" },
  { name: "applicant.talent.marketRecognised", type: "checkbox", label: "check.field.marketRecognised" },
  { name: "applicant.investor", type: "checkbox", label: "check.field.investor" },
  { name: "applicant.relocatedPoverty", type: "checkbox", label: "check.field.relocatedPoverty" },
  {
    name: "applicant.joining.relation",
    type: "select",
    label: "check.field.joiningRelation",
    options: ["", ...vocabulary.JOINING_RELATIONS],
  },
  { name: "applicant.joining.area", type: "select", label: "check.field.joiningArea", options: ["", ...vocabulary.AREAS] },
  { name: "applicant.studying", type: "checkbox", label: "check.field.studying" },
  { name: "applicant.retired", type: "checkbox", label: "check.field.retired" },
  { name: "applicant.urbanisedVillager", type: "checkbox", label: "check.field.urbanisedVillager" },
];

export const MEMBER_FIELDS: FieldDef[] = [
  { name: "relation", type: "select", label: "check.field.memberRelation", options: vocabulary.RELATIONS, always: true },
  { name: "birthDate", type: "date", label: "check.field.memberBirthDate", always: true },
  { name: "coResident", type: "checkbox", label: "check.field.coResident" },
  { name: "married", type: "checkbox", label: "check.field.married" },
  { name: "hasIncome", type: "checkbox", label: "check.field.hasIncome" },
  { name: "urbanInsuranceMonths", type: "number", label: "check.field.memberInsurance" },
  { name: "hukouJurisdiction", type: "select", label: "check.field.memberHukou", options: ["", "elsewhere", ...vocabulary.JURISDICTIONS] },
];

export type FormValues = Record<string, string>;

/**
 * The words of each contradiction (ELIGIBILITY-V1 "Invalid requests"), the same for the self-check and
 * the application's task list: one rule, one sentence, on every field it involves.
 */
export const CONTRADICTION_KEYS: Readonly<Record<ContradictionRule, MessageKey>> = {
  cityBelowDwelling: "apply.validation.cityMonthsBelowDwelling",
  monthsOverAge: "apply.validation.monthsOverAge",
  oneSpouse: "apply.validation.oneSpouse",
  publicSectorHireWithoutJob: "apply.validation.publicSectorHireWithoutJob",
};

/** The rule of an API validation issue that reports a contradiction (null for any other issue). */
export function contradictionOf(issue: { message: string }): ContradictionRule | null {
  return CONTRADICTION_RULES.find((r) => CONTRADICTION_MESSAGES[r] === issue.message) ?? null;
}

/** Query-string values, first value of each name. */
export function formValues(params: SearchParams): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(params)) {
    const value = firstValue(v);
    if (typeof value === "string") out[k] = value;
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/** A whole number stays a number; anything else typed goes through as text so the schema names it. */
function numberValue(raw: string): unknown {
  const trimmed = raw.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function fieldValue(field: FieldDef, raw: string | undefined): unknown {
  if (field.type === "checkbox") return raw === "on" || raw === "true";
  if (raw === undefined || raw.trim() === "") return undefined;
  return field.type === "number" ? numberValue(raw) : raw.trim();
}

/** Member rows present in the form: m0…m(n-1), kept while they have a relation. */
export function memberCount(values: FormValues): number {
  const asked = Number(values.members ?? "");
  let n = 0;
  for (let i = 0; i < MAX_MEMBERS; i++) if (values[`m${i}.relation`]) n = i + 1;
  return Math.min(MAX_MEMBERS, Math.max(n, Number.isInteger(asked) ? asked : 0));
}

export function requestFromForm(values: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { applicant: {} };
  for (const f of PLACE_FIELDS) {
    const v = fieldValue(f, values[f.name]);
    if (v !== undefined) body[f.name] = v;
  }
  const applicant = body.applicant as Record<string, unknown>;
  for (const f of APPLICANT_FIELDS) {
    const v = fieldValue(f, values[f.name]);
    if (v === undefined || v === false) continue;
    setPath(body, f.name, v);
  }
  const hukou = applicant.hukou as Record<string, unknown> | undefined;
  // "No hukou" is an answer; no answer is not "no hukou": it goes as an empty hukou, which the schema
  // names as a question to answer, so the engine is never asked about a hukou nobody told it of.
  if (hukou?.jurisdiction === HUKOU_NONE) applicant.hukou = null;
  else if (!hukou) applicant.hukou = {};
  const joining = applicant.joining as Record<string, unknown> | undefined;
  if (joining && !joining.relation) applicant.joining = null;
  // An area without the place before study says nothing: the place is what the rules read first.
  const education = applicant.education as Record<string, unknown> | undefined;
  const before = education?.hukouBeforeStudy as Record<string, unknown> | undefined;
  if (education && before && !before.jurisdiction) delete education.hukouBeforeStudy;
  const members: Record<string, unknown>[] = [];
  for (let i = 0; i < memberCount(values); i++) {
    if (!values[`m${i}.relation`]) continue;
    const member: Record<string, unknown> = {};
    for (const f of MEMBER_FIELDS) {
      const v = fieldValue(f, values[`m${i}.${f.name}`]);
      if (v !== undefined) member[f.name] = v;
    }
    members.push(member);
  }
  body.members = members;
  return body;
}

/** The query string of a request's form values with one field changed (for links such as "compare"). */
export function queryWith(values: FormValues, changes: FormValues): string {
  const q = new URLSearchParams({ ...values, ...changes });
  return q.toString();
}

/** The inverse of requestFromForm: a request (e.g. a library example) as form values. */
export function formFromRequest(request: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  const walk = (node: unknown, prefix: string) => {
    if (node === null || node === undefined) return;
    if (typeof node === "object" && !Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
      return;
    }
    if (typeof node === "boolean") {
      if (node) values[prefix] = "on";
      return;
    }
    values[prefix] = String(node);
  };
  const { members, ...rest } = request;
  walk(rest, "");
  const applicant = (request.applicant ?? {}) as Record<string, unknown>;
  if (!applicant.hukou) values["applicant.hukou.jurisdiction"] = HUKOU_NONE;
  if (Array.isArray(members)) {
    members.forEach((m, i) => walk(m, `m${i}`));
    values.members = String(members.length);
  }
  return values;
}

/** The id of a form control (members use their row prefix: m0.birthDate → f-m0-birthDate). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]/g, "-")}`;
}

/**
 * The form field a validation issue belongs to: `members[1].birthDate` → `m1.birthDate`; an object path
 * (`applicant.hukou`) → its first field. Null when no field of the form sets it.
 */
export function fieldForIssue(path: string): string | null {
  const member = /^members\[(\d+)\]\.(.+)$/.exec(path);
  if (member) return MEMBER_FIELDS.some((f) => f.name === member[2]) ? `m${member[1]}.${member[2]}` : null;
  const field = [...PLACE_FIELDS, ...APPLICANT_FIELDS].find((f) => f.name === path || f.name.startsWith(`${path}.`));
  return field ? field.name : null;
}
