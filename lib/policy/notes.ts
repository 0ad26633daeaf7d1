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
