// From the task list's answers to the ELIGIBILITY-V1 request, in ONE function (`requestFromForm`): the
// live answer on every page, the check-answers page and the submission all ask the engine the same
// question. The eligibility inputs carry the self-check's names, so the self-check's own mapping does the
// work and the two forms cannot read the facts differently.
import type { ApplicationKind, AreaKind } from "@/lib/generated/prisma/enums";
import {
  answerEligibility,
  needsEligibilityConditions,
  parseEligibilityRequest,
  type EligibilityAnswer,
  type EligibilityRequest,
  type RegistrationKind,
} from "@/lib/policy";
import {
  formFromRequest as checkFormFromRequest,
  requestFromForm as checkRequestFromForm,
  MEMBER_FIELDS,
  type FormValues,
} from "@/lib/self-check/form-model";
import { factsRead } from "@/lib/self-check/pathway-index";
import {
  familyCount,
  MEMBER_INPUTS,
  SECTION_INPUTS,
  visibleInputs,
  type ApplicationFormData,
  type InputDef,
  type SectionId,
  type SectionValues,
} from "./application-sections";

const REGISTRATION_KIND: Readonly<Record<ApplicationKind, RegistrationKind | null>> = {
  SETTLEMENT: "settlement",
  RESIDENCE_PERMIT: "residence_permit",
  NEWBORN_REGISTRATION: "newborn",
  NO_HUKOU_REGISTRATION: "no_hukou",
  // Endorsing a permit one already holds asks no eligibility question either.
  PERMIT_ENDORSEMENT: null,
};

/** Whether the engine is asked at all: only settlement and residence permits have conditions. */
export function asksEligibility(kind: ApplicationKind): boolean {
  const registration = REGISTRATION_KIND[kind];
  return registration !== null && needsEligibilityConditions({ kind: registration });
}

export function apiArea(area: AreaKind): "central_urban" | "town" | "rural" {
  return area.toLowerCase() as "central_urban" | "town" | "rural";
}

const ELIGIBILITY_SECTIONS: readonly SectionId[] = ["about", "home", "work", "grounds"];

export interface RequestFromFormOptions {
  kind: ApplicationKind;
  /** Policy code of the target jurisdiction, e.g. "chenzhou". */
  jurisdiction: string;
  area: AreaKind;
  /** The applicant's birth date from the registry (YYYY-MM-DD): not asked again. */
  birthDate: string | null;
  formData: ApplicationFormData;
  asOf: string;
}

/**
 * The eligibility request of a draft (an unvalidated body: the engine validates and answers it), or
 * null for the kinds the law attaches no conditions to.
 */
export function requestFromForm(options: RequestFromFormOptions): Record<string, unknown> | null {
  if (!asksEligibility(options.kind)) return null;
  const values: FormValues = {
    jurisdiction: options.jurisdiction,
    area: apiArea(options.area),
    kind: options.kind === "SETTLEMENT" ? "settlement" : "residence_permit",
    asOf: options.asOf,
  };
  if (options.birthDate) values["applicant.birthDate"] = options.birthDate;
  for (const section of ELIGIBILITY_SECTIONS) {
    for (const [name, value] of Object.entries(options.formData[section] ?? {})) {
      if (name.startsWith("applicant.")) values[name] = value;
    }
  }
  // Family come along only on settlement; a residence permit is personal.
  if (options.kind === "SETTLEMENT") {
    const family = options.formData.family ?? {};
    const n = familyCount(family);
    for (let i = 0; i < n; i++) {
      for (const f of MEMBER_FIELDS) {
        const value = family[`m${i}.${f.name}`];
        if (value !== undefined) values[`m${i}.${f.name}`] = value;
      }
    }
    values.members = String(n);
  }
  return checkRequestFromForm(values);
}

export interface Unanswered {
  section: SectionId;
  /** Input name ("applicant.hukou.jurisdiction", "m0.birthDate"). */
  name: string;
  label: InputDef["label"];
  /** 1-based family row. */
  member?: number;
}

/**
 * The questions the engine needs that the resident has not answered yet (required eligibility inputs of
 * the sections the kind has, and each family row's relation and birth date). While any is left, no
 * verdict is shown: an unanswered question must not be read as "no" (a blank hukou is not "no hukou").
 */
export function unansweredQuestions(options: { kind: ApplicationKind; formData: ApplicationFormData }): Unanswered[] {
  if (!asksEligibility(options.kind)) return [];
  const out: Unanswered[] = [];
  const blank = (v: string | undefined) => (v ?? "").trim() === "";
  for (const section of ELIGIBILITY_SECTIONS) {
    const values = options.formData[section] ?? {};
    for (const def of visibleInputs(options.kind, section as Exclude<SectionId, "family" | "documents">, values)) {
      if (def.name.startsWith("applicant.") && def.required && def.type !== "checkbox" && blank(values[def.name]))
        out.push({ section, name: def.name, label: def.label });
    }
    const hukou = values["applicant.hukou.jurisdiction"];
    if (section === "about" && !blank(hukou) && hukou !== "none" && blank(values["applicant.hukou.area"])) {
      out.push({
        section,
        name: "applicant.hukou.area",
        label: SECTION_INPUTS.about.find((d) => d.name === "applicant.hukou.area")!.label,
      });
    }
  }
  if (options.kind === "SETTLEMENT") {
    const family = options.formData.family ?? {};
    for (let i = 0; i < familyCount(family); i++) {
      for (const def of MEMBER_INPUTS.filter((d) => d.name === "relation" || d.name === "birthDate")) {
        if (blank(family[`m${i}.${def.name}`])) out.push({ section: "family", name: `m${i}.${def.name}`, label: def.label, member: i + 1 });
      }
    }
  }
  return out;
}

/**
 * Of the unanswered questions, those the answer could rest on: every one while the request cannot be
 * answered (an unanswered hukou always: it is never sent as "no hukou"). When eligible, a met pathway rests
 * on facts given — its conditions ask for something present, never for a blank — except its family rules,
 * so only the family rows it reads hold the verdict back. When not eligible, any question some pathway
 * reads does: answering it may change the verdict.
 */
function blockingQuestions(unanswered: Unanswered[], answer: EligibilityAnswer): Unanswered[] {
  if (answer.status !== 200) return unanswered;
  const met = answer.json.pathways.filter((p) => p.eligible);
  const { facts } = factsRead((met.length ? met : answer.json.pathways).map((p) => p.id));
  return unanswered.filter((q) => (met.length === 0 || q.section === "family") && facts.has(q.name.replace(/^m\d+\./, "member.")));
}

export interface FormAnswer {
  /** Questions still to answer before the answer means anything: while any is left, no verdict is shown. */
  unanswered: Unanswered[];
  /** The request as built (what the engine was asked). */
  body: Record<string, unknown>;
  /** The same request validated, with every default applied; null while the answers are invalid. */
  request: EligibilityRequest | null;
  answer: EligibilityAnswer;
}

/** The engine's answer for a draft's answers so far (null where nothing is asked). */
export function answerForForm(options: RequestFromFormOptions): FormAnswer | null {
  const body = requestFromForm(options);
  if (!body) return null;
  const parsed = parseEligibilityRequest({ body, today: options.asOf });
  const answer = answerEligibility({ body, today: options.asOf });
  return {
    unanswered: blockingQuestions(unansweredQuestions({ kind: options.kind, formData: options.formData }), answer),
    body,
    request: parsed.ok ? parsed.request : null,
    answer,
  };
}

const SECTION_OF_NAME = new Map<string, SectionId>();
for (const [section, inputs] of Object.entries(SECTION_INPUTS)) {
  for (const input of inputs) if (input.name.startsWith("applicant.")) SECTION_OF_NAME.set(input.name, section as SectionId);
}

/**
 * A self-check request (the `facts` link parameter) as task-list answers, so what the resident already
 * told the self-check is not asked again. Facts no section asks (place, kind, birth date) are left out.
 */
export function formFromRequest(request: Record<string, unknown>): ApplicationFormData {
  const flat = checkFormFromRequest(request);
  const out: ApplicationFormData = {};
  const put = (section: SectionId, name: string, value: string) => {
    (out[section] ??= {} as SectionValues)[name] = value;
  };
  for (const [name, value] of Object.entries(flat)) {
    const section = SECTION_OF_NAME.get(name);
    if (section) put(section, name, value);
    else if (/^m\d+\./.test(name)) put("family", name, value);
    else if (name === "members") put("family", "members", value);
  }
  return out;
}
