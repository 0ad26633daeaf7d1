// Remarks an answer carries beside the pathways. The land-rights note states invariant 1 of the digest
// to the applicant whom it concerns: settling never requires giving up rural land rights.
import type { Citation, EligibilityRequest, PackNote } from "./types";

function fromRuralHukou(r: EligibilityRequest): boolean {
  return r.applicant.hukou !== null && (r.applicant.hukou.area === "rural" || r.applicant.hukou.formerNature === "agricultural");
}

export function landRightsNote(citation: Citation): PackNote {
  return {
    code: "LAND_RIGHTS_KEPT",
    citation,
    messageZh: "落户不以退出土地承包经营权、宅基地使用权、集体收益分配权（“三权”）为条件。",
    messageEn: "Settling never requires giving up contracted land, homestead or collective income rights.",
    applies: (r) => r.kind === "settlement" && fromRuralHukou(r),
  };
}

export const NO_PATHWAY_FOR_AREA = {
  code: "NO_PATHWAY_FOR_AREA",
  citation: null,
  messageZh: "该政策对所选区域没有规定此类申请的条件。",
  messageEn: "The policy sets no conditions for this kind of application in the area chosen.",
} as const;

/**
 * A person with no hukou does not migrate: they are registered, without preconditions (国办发〔2015〕96号;
 * 0104, 0125-no-hukou-note.md). Shown whenever such a person asks to settle, so they are sent the right way.
 */
export const NO_HUKOU_ASKS_TO_SETTLE = {
  code: "NO_HUKOU_REGISTRATION",
  citation: { document: "国办发〔2015〕96号", clause: "二" },
  messageZh:
    "您目前没有户口：请申请“无户口人员登记户口”，依法登记常住户口不设任何前置条件（国办发〔2015〕96号《国务院办公厅关于解决无户口人员登记户口问题的意见》）。",
  messageEn:
    "You have no hukou at present: apply for registration of a person with no hukou, which has no preconditions (State Council General Office Opinion 国办发〔2015〕96号).",
} as const;
