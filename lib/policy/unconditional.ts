// Registrations that carry no eligibility conditions at all: a newborn's birth registration and the
// registration of a person who has no hukou. The engine exposes them so no form or clerk screen ever
// asks such an applicant for settlement facts (invariants 3 and 4 of the policy digest).
import { NO_HUKOU_NATIONAL_BASIS } from "./no-hukou";
import { policyPacks } from "./packs";
import type { Citation, JurisdictionCode } from "./types";

export type RegistrationKind = "settlement" | "residence_permit" | "newborn" | "no_hukou";

export interface UnconditionalRegistration {
  kind: "newborn" | "no_hukou";
  labelZh: string;
  labelEn: string;
  /** National rule that holds in every jurisdiction, whether or not its document restates it. */
  nationalBasis: string;
  /** The local clauses that restate it. */
  citations: { jurisdiction: JurisdictionCode; citation: Citation; quote: string }[];
}

function noHukouCitations(): UnconditionalRegistration["citations"] {
  return policyPacks.flatMap((pack) =>
    pack.pathways.filter((p) => p.onlyWithoutHukou).map((p) => ({ jurisdiction: pack.jurisdiction, citation: p.citation, quote: p.quote })),
  );
}

export const unconditionalRegistrations: readonly UnconditionalRegistration[] = [
  {
    kind: "newborn",
    labelZh: "新生儿出生登记",
    labelEn: "Birth registration of a newborn",
    nationalBasis: NO_HUKOU_NATIONAL_BASIS,
    citations: [
      {
        jurisdiction: "chenzhou",
        citation: { document: "郴政发〔2016〕1号", clause: "四(一)" },
        quote:
          "新生儿户口登记不受附加条件限制，公安机关对于不能提供生育证或社会抚养费征收票据等计生证明的未落户人员，应当依法为其办理户口登记，再按有关规定通报当地卫生计生部门。",
      },
    ],
  },
  {
    kind: "no_hukou",
    labelZh: "无户口人员登记户口",
    labelEn: "Registration of a person with no hukou",
    nationalBasis: NO_HUKOU_NATIONAL_BASIS,
    citations: noHukouCitations(),
  },
];

/** False for the registrations the law makes unconditional: they need no eligibility check at all. */
export function needsEligibilityConditions(options: { kind: RegistrationKind }): boolean {
  return options.kind === "settlement" || options.kind === "residence_permit";
}
