// What each kind of certificate states (Certificate.data), agreed between the casework side, which
// writes it inside the approval transaction, and the certificate side, which prints the PDF and the
// /verify page from it. Every value is a display string; dates are YYYY-MM-DD (China calendar date).
import type { CertificateKind } from "@/lib/generated/prisma/enums";

interface Common {
  /** The person the certificate is about. */
  holderName: string;
  /** The police station that decided, by name. */
  stationName: string;
  /** The 公安局 (or 分局) the station belongs to, printed before the station's name. */
  bureauName?: string;
  /** The day of the decision. */
  decisionDate: string;
  /** The clause the decision rests on, e.g. "郴政发〔2016〕1号 三(一)". */
  clause: string;
  /** The case, e.g. "SQ-2026-100123". */
  applicationNumber: string;
}

/** 准予迁入/落户通知 — a settlement was approved. */
export interface SettlementNoticeData extends Common {
  householdNumber: string;
  address: string;
  /** Everyone who settles with this decision, holder first, joined with "、". */
  members: string;
  /** Everyone applied for and not approved, each with the reason: "姓名（理由）" joined with "；" (empty when none). */
  notApproved: string;
}

/** 登记通知 — a newborn or a person without hukou was registered. */
export interface RegistrationNoticeData extends Common {
  /** "newborn" | "no_hukou" */
  registration: "newborn" | "no_hukou";
  /** The registered person's citizen ID (a newborn's is issued by this decision). */
  citizenId: string;
  householdNumber: string;
  address: string;
}

/** 居住证 — a residence permit was issued or endorsed. */
export interface ResidencePermitData extends Common {
  permitNumber: string;
  address: string;
  issuedOn: string;
  validUntil: string;
  /** Residence years count from this date. */
  residenceSince: string;
  /** "issue" | "endorse" */
  event: "issue" | "endorse";
}

/** 不予许可决定书 — a refusal, in writing, with its reasons and the appeal rights (行政许可法 第三十八条). */
export interface RefusalDecisionData extends Common {
  /** The reasons, as the clerk wrote them (the applicant sees them word for word). */
  reason: string;
  /** What was applied for, e.g. "落户". */
  matter: string;
  /** The 公安机关 the station belongs to (lib/certificates/issuing-bodies.ts). */
  bureauName: string;
  /** Where 行政复议 is asked for: the county-level people's government. */
  reviewBody: string;
}

export interface CertificateDataByKind {
  SETTLEMENT_NOTICE: SettlementNoticeData;
  REGISTRATION_NOTICE: RegistrationNoticeData;
  RESIDENCE_PERMIT: ResidencePermitData;
  REFUSAL_DECISION: RefusalDecisionData;
}

/** Narrows to the plain string map `issueCertificate` stores. */
export function certificateData<K extends CertificateKind>(_kind: K, data: CertificateDataByKind[K]): Record<string, string> {
  return { ...data } as unknown as Record<string, string>;
}
