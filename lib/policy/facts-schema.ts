// The one schema of an eligibility request (contract ELIGIBILITY-V1). The API route, the CLI and the
// self-check form all validate with it, so a request means the same thing everywhere.
// Omitted optional facts (and null, which forms send for empty fields) mean "no / none / 0"; unknown
// fields are stripped. Only `asOf` needs the boundary: its default, today, is passed in, never read here.
import { z } from "zod";
import { isRealIsoDate, dateKey } from "./dates";
import { CONTRADICTION_MESSAGES, findContradictions, type Contradiction, type ContradictionFacts } from "./contradictions";
import * as vocabulary from "./vocabulary";
import type { IsoDate, ValidationError, ValidationIssue } from "./vocabulary";
import { MESSAGES, flag, isoDate, months, nullable, object, oneOf, optional } from "./schema-parts";

export { MESSAGES } from "./schema-parts";

const MAX_MEMBERS = 50;

const hukouSchema = object({
  jurisdiction: oneOf([...vocabulary.JURISDICTIONS, "elsewhere"]),
  area: oneOf(vocabulary.AREAS),
  formerNature: nullable(oneOf(vocabulary.FORMER_NATURES)),
});

const residenceSchema = object({
  type: optional(oneOf(vocabulary.RESIDENCE_TYPES), "none"),
  months: optional(months, 0),
  // (added 2026-11) months lived in the city, any dwelling: residence permits count this (《居住证暂行条例》
  // 第二条 "到其他城市居住半年以上"); absent (null) = `months` (0121-residence-permit-city-months.md).
  cityMonths: nullable(months),
  ownDoorNumber: optional(flag, false),
});

const employmentSchema = object({
  type: optional(oneOf(vocabulary.EMPLOYMENT_TYPES), "none"),
  months: optional(months, 0),
  newPublicSectorHire: optional(flag, false),
});

const socialInsuranceSchema = object({
  urbanMonths: optional(months, 0),
  medical: optional(flag, false),
});

// (added 2026-11) Where the hukou was before the person moved it to their school (入学前户籍所在地):
// graduates may move back there (韶关 二, 乌审旗 二(一)4; 0115-graduates-going-back.md). null = not known.
const hukouBeforeStudySchema = object({
  jurisdiction: oneOf([...vocabulary.JURISDICTIONS, "elsewhere"]),
  area: oneOf(vocabulary.AREAS),
});

const educationSchema = object({
  level: optional(oneOf(vocabulary.EDUCATION_LEVELS), "none"),
  returnedFromAbroad: optional(flag, false),
  admittedLocally: optional(flag, false),
  hukouBeforeStudy: nullable(hukouBeforeStudySchema),
});

const talentSchema = object({
  introduced: optional(flag, false),
  outstandingContribution: optional(flag, false),
  marketRecognised: optional(flag, false),
});

// `area` is an addition to the contract: where the relative joined is registered. 乌审旗 二(一)4 lets a
// person marrying into a pastoral area register in a town only when the spouse lives in that pastoral area.
const joiningSchema = object({
  relation: oneOf(vocabulary.JOINING_RELATIONS),
  area: nullable(oneOf(vocabulary.AREAS)),
});

// Defaults shared by every request that omits the block: frozen, so no caller can alter another's facts.
function frozen<T extends object>(value: T): T {
  return Object.freeze(value);
}

const applicantSchema = object({
  birthDate: nullable(isoDate),
  hukou: nullable(hukouSchema),
  residence: optional(residenceSchema, frozen({ type: "none", months: 0, cityMonths: null, ownDoorNumber: false })),
  employment: optional(employmentSchema, frozen({ type: "none", months: 0, newPublicSectorHire: false })),
  stableIncome: optional(flag, false),
  socialInsurance: optional(socialInsuranceSchema, frozen({ urbanMonths: 0, medical: false })),
  education: optional(
    educationSchema,
    frozen({ level: "none", returnedFromAbroad: false, admittedLocally: false, hukouBeforeStudy: null }),
  ),
  technicalWorker: optional(flag, false),
  talent: optional(talentSchema, frozen({ introduced: false, outstandingContribution: false, marketRecognised: false })),
  investor: optional(flag, false),
  relocatedPoverty: optional(flag, false),
  joining: nullable(joiningSchema),
  studying: optional(flag, false),
  // (added 2026-11) retired or drawing a pension: a parent joining a child under 乌审旗 二(一)2(3) needs
  // no job (0119-wushen-family-reunion.md).
  retired: optional(flag, false),
  // (added 2026-11) a villager of an industrial-cluster area, urban village or suburban village (济源 二(三)
  // "失地村农民"), re-registered as urban on the spot. It is a status of the village that opens a door; it
  // never asks anyone to give up a right (0114-jiyuan-landless-villagers.md).
  urbanisedVillager: optional(flag, false),
});

const memberSchema = object({
  relation: oneOf(vocabulary.RELATIONS),
  birthDate: nullable(isoDate),
  coResident: optional(flag, false),
  married: optional(flag, false),
  hasIncome: optional(flag, false),
  urbanInsuranceMonths: optional(months, 0),
  // (added 2026-11) where the member's own permanent hukou is: a member who already holds a hukou of the
  // place may qualify in their own right (乌审旗 二(一)1; 0118-wushen-banner-family.md). null = not known.
  hukouJurisdiction: nullable(oneOf([...vocabulary.JURISDICTIONS, "elsewhere"])),
});

export const eligibilityRequestSchema = object(
  {
    jurisdiction: oneOf(vocabulary.JURISDICTIONS),
    area: oneOf(vocabulary.AREAS),
    kind: oneOf(vocabulary.KINDS),
    asOf: nullable(isoDate),
    applicant: applicantSchema,
    members: optional(z.array(memberSchema, { error: MESSAGES.list }).max(MAX_MEMBERS, { error: MESSAGES.maxMembers }), []),
  },
  MESSAGES.body,
);

type ParsedBody = z.output<typeof eligibilityRequestSchema>;

/** A validated request with every default applied, `asOf` included. */
export type EligibilityRequest = Omit<ParsedBody, "asOf"> & { asOf: IsoDate };
export type RequestApplicant = EligibilityRequest["applicant"];
export type RequestMember = EligibilityRequest["members"][number];

export type ParseResult = { ok: true; request: EligibilityRequest } | { ok: false; error: ValidationError["error"] };

/** `members[1].birthDate` — the naming HTML forms (and conform) use for nested fields. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

function realDateOrNull(value: unknown): string | null {
  return typeof value === "string" && isRealIsoDate(value) ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Dates after the application date are nonsense for a birth. On a valid body the parsed dates are
// compared directly; on an invalid one the raw body is searched too, so these issues are listed with
// the schema's issues rather than on a second round trip.
function birthsAfterAsOf(request: EligibilityRequest): ValidationIssue[] {
  const asOfKey = dateKey(request.asOf);
  const issues: ValidationIssue[] = [];
  const birth = request.applicant.birthDate;
  if (birth !== null && dateKey(birth) > asOfKey) issues.push({ path: "applicant.birthDate", message: MESSAGES.afterAsOf });
  request.members.forEach((m, i) => {
    if (m.birthDate !== null && dateKey(m.birthDate) > asOfKey) {
      issues.push({ path: `members[${i}].birthDate`, message: MESSAGES.afterAsOf });
    }
  });
  return issues;
}

function rawBirthsAfterAsOf(body: unknown, today: IsoDate, taken: Set<string>): ValidationIssue[] {
  if (!isRecord(body)) return [];
  const asOf = realDateOrNull(body.asOf) ?? (body.asOf == null ? today : null);
  if (asOf === null) return [];
  const asOfKey = dateKey(asOf);
  const issues: ValidationIssue[] = [];
  const check = (value: unknown, path: string) => {
    const date = realDateOrNull(value);
    if (date !== null && dateKey(date) > asOfKey && !taken.has(path)) {
      issues.push({ path, message: MESSAGES.afterAsOf });
    }
  };
  if (isRecord(body.applicant)) check(body.applicant.birthDate, "applicant.birthDate");
  if (Array.isArray(body.members)) {
    body.members.forEach((m, i) => isRecord(m) && check(m.birthDate, `members[${i}].birthDate`));
  }
  return issues;
}

function contradictionIssue(c: Contradiction): ValidationIssue {
  return { path: c.path, message: CONTRADICTION_MESSAGES[c.rule], paths: c.paths };
}

const counted = (v: unknown) => (typeof v === "number" ? v : null);

// The raw body's facts, where they are well typed, so contradictions are listed with the schema's issues.
function rawContradictions(body: unknown, today: IsoDate, taken: Set<string>): ValidationIssue[] {
  if (!isRecord(body)) return [];
  const asOf = realDateOrNull(body.asOf) ?? (body.asOf == null ? today : null);
  const a = isRecord(body.applicant) ? body.applicant : {};
  const residence = isRecord(a.residence) ? a.residence : {};
  const employment = isRecord(a.employment) ? a.employment : null;
  const insurance = isRecord(a.socialInsurance) ? a.socialInsurance : {};
  const facts: ContradictionFacts = {
    asOf,
    applicant: {
      birthDate: realDateOrNull(a.birthDate),
      residence: { months: counted(residence.months), cityMonths: counted(residence.cityMonths) },
      employment: employment && {
        // Omitted means none, as in the schema.
        type: employment.type == null ? "none" : typeof employment.type === "string" ? employment.type : null,
        months: counted(employment.months),
        newPublicSectorHire: employment.newPublicSectorHire === true,
      },
      socialInsurance: { urbanMonths: counted(insurance.urbanMonths) },
    },
    members: Array.isArray(body.members)
      ? body.members.map((m) =>
          isRecord(m)
            ? {
                relation: typeof m.relation === "string" ? m.relation : null,
                birthDate: realDateOrNull(m.birthDate),
                urbanInsuranceMonths: counted(m.urbanInsuranceMonths),
              }
            : null,
        )
      : [],
  };
  return findContradictions(facts)
    .filter((c) => !taken.has(c.path))
    .map(contradictionIssue);
}

/**
 * Validates a request body and applies the defaults. Every problem is reported at once, with a
 * dotted path and a plain-English message. `today` (YYYY-MM-DD) is the default `asOf`.
 */
export function parseEligibilityRequest(options: { body: unknown; today: IsoDate }): ParseResult {
  if (!isRealIsoDate(options.today)) throw new TypeError(`today must be YYYY-MM-DD, got ${options.today}`);
  const result = eligibilityRequestSchema.safeParse(options.body);
  if (result.success) {
    const request: EligibilityRequest = { ...result.data, asOf: result.data.asOf ?? options.today };
    const issues = [...birthsAfterAsOf(request), ...findContradictions(request).map(contradictionIssue)];
    return issues.length === 0 ? { ok: true, request } : { ok: false, error: { code: "VALIDATION", issues } };
  }
  const issues = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const taken = new Set(issues.map((i) => i.path));
  issues.push(...rawBirthsAfterAsOf(options.body, options.today, taken), ...rawContradictions(options.body, options.today, taken));
  return { ok: false, error: { code: "VALIDATION", issues } };
}
