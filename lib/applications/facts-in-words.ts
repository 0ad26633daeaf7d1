// The facts a decision rests on, as the resident gave them: grouped by the task-list sections they were
// asked in, each with its question and its answer — or "not answered". The source is what the resident
// typed (Application.formData), never the validated request, whose defaults (months 0, "none", no hukou)
// would read as answers nobody gave.
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { allPathwayIds, factsRead } from "@/lib/self-check/pathway-index";
import { formFromRequest } from "./application-form";
import {
  familyCount,
  isAsked,
  MEMBER_INPUTS,
  SECTIONS,
  visibleInputs,
  type ApplicationFormData,
  type InputDef,
  type SectionId,
} from "./application-sections";

export type FactAnswer =
  | { type: "unanswered" }
  | { type: "yes" }
  | { type: "no" }
  | { type: "months"; months: number }
  | { type: "option"; def: InputDef; option: string }
  | { type: "text"; text: string }
  /** A birth date shown as its year only (beside a masked number, or to a supervisor; decision record 0262). */
  | { type: "year"; year: string }
  /** A personal fact a supervisor does not see (where a child was born, a person's story). */
  | { type: "withheld" };

export interface FactRow {
  name: string;
  def: InputDef;
  answer: FactAnswer;
}

export interface FactGroup {
  section: SectionId;
  /** 1-based family row. */
  member?: number;
  rows: FactRow[];
}

export interface FactsInWords {
  groups: FactGroup[];
  /**
   * false for a case whose answers were not kept as typed (older or imported cases): the rows then come
   * from the stored request, and a default cannot be told from an answer.
   */
  asTyped: boolean;
}

const FACT_SECTIONS: readonly SectionId[] = ["about", "home", "work", "grounds"];

function answerOf(def: InputDef, raw: string | undefined, sectionSaved: boolean): FactAnswer {
  const value = (raw ?? "").trim();
  // An unticked box is a "no" only where the resident saw it and saved the section.
  if (def.type === "checkbox")
    return value === "on" || value === "true" ? { type: "yes" } : sectionSaved ? { type: "no" } : { type: "unanswered" };
  if (value === "") return { type: "unanswered" };
  if (def.type === "number" && /^\d+$/.test(value)) return { type: "months", months: Number(value) };
  if ((def.type === "select" || def.type === "radio") && def.options?.includes(value)) return { type: "option", def, option: value };
  return { type: "text", text: value };
}

export function factsInWords(options: {
  kind: ApplicationKind;
  policyCode: string | null;
  formData: unknown;
  facts: unknown;
}): FactsInWords {
  const { kind } = options;
  const kept = (options.formData ?? {}) as ApplicationFormData;
  const request =
    options.facts && typeof options.facts === "object" && "applicant" in options.facts ? (options.facts as Record<string, unknown>) : null;
  const asTyped = !request || SECTIONS[kind].some((s) => s !== "documents" && kept[s] !== undefined);
  const formData = asTyped || !request ? kept : formFromRequest(request);
  const { facts: read } = factsRead(
    allPathwayIds(options.policyCode ?? undefined, kind === "RESIDENCE_PERMIT" ? "residence_permit" : "settlement"),
  );
  const groups: FactGroup[] = [];
  for (const section of SECTIONS[kind]) {
    if (section === "family") {
      const values = formData.family ?? {};
      if (familyCount(values) === 0) groups.push({ section, rows: [] });
      for (let i = 0; i < familyCount(values); i++) {
        const rows = MEMBER_INPUTS.filter((d) => d.label.startsWith("check.") && isAsked(d, values[`m${i}.${d.name}`], read)).map(
          (def) => ({
            name: `m${i}.${def.name}`,
            def,
            answer: answerOf(def, values[`m${i}.${def.name}`], formData.family !== undefined || !asTyped),
          }),
        );
        groups.push({ section, member: i + 1, rows });
      }
      continue;
    }
    if (section === "documents") continue;
    const values = formData[section] ?? {};
    const saved = formData[section] !== undefined;
    // The eligibility sections show the facts the engine read; the others (a newborn, a person with no
    // hukou, a permit) what the resident told, less where the hukou goes (the placement panel shows it).
    // Names and addresses are not facts the engine reads: the case header and the people panels show
    // them, masked where the reader may not see them in full.
    const factOf = (d: InputDef) =>
      FACT_SECTIONS.includes(section)
        ? d.name.startsWith("applicant.")
        : !["householdId", "name", "address"].includes(d.name) && !d.name.startsWith("placement");
    const rows = visibleInputs(kind, section, values)
      .filter((d) => factOf(d) && isAsked(d, values[d.name], read))
      // The hukou's area and former nature mean nothing for a person with no hukou.
      .filter(
        (d) =>
          !(
            values["applicant.hukou.jurisdiction"] === "none" &&
            d.name !== "applicant.hukou.jurisdiction" &&
            d.name.startsWith("applicant.hukou.")
          ),
      )
      .map((def) => ({ name: def.name, def, answer: answerOf(def, values[def.name], saved) }));
    groups.push({ section, rows });
  }
  return { groups, asTyped };
}
