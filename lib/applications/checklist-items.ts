// The one table of checklist items (checklist.ts decides which a case needs): every document the
// portal can ask for, with its citation where the law names it.
import type { Citation } from "@/lib/policy";

export interface ChecklistItemDefinition {
  readonly id: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly citation: Citation | null;
}

const DECREE = "《居住证暂行条例》（国务院令第663号）";
const NO_HUKOU = "国办发〔2015〕96号";

/** Every item the portal can ask for: the one table. */
export const CHECKLIST_ITEMS = {
  id_card: { labelZh: "居民身份证", labelEn: "Resident identity card", citation: { document: DECREE, clause: "第九条" } },
  photo: { labelZh: "本人近期正面免冠相片", labelEn: "Recent passport-style photo", citation: { document: DECREE, clause: "第九条" } },
  household_booklet: { labelZh: "现户口簿（户口所在地）", labelEn: "Current household booklet (hukou place)", citation: null },
  property_title: {
    labelZh: "房屋所有权证（不动产权证书）或购房合同",
    labelEn: "Property title certificate or purchase contract",
    citation: { document: DECREE, clause: "第九条" },
  },
  registered_lease: {
    labelZh: "经住房部门备案的房屋租赁合同",
    labelEn: "Lease registered with the housing department",
    citation: { document: DECREE, clause: "第九条" },
  },
  lease: { labelZh: "房屋租赁合同", labelEn: "Lease contract", citation: { document: DECREE, clause: "第九条" } },
  lodging_certificate: {
    labelZh: "单位、学校或房东出具的住宿证明",
    labelEn: "Lodging certificate from the employer, school or landlord",
    citation: { document: DECREE, clause: "第九条" },
  },
  employment_contract: {
    labelZh: "劳动合同或用人单位就业证明",
    labelEn: "Labour contract or employer's certificate of employment",
    citation: { document: DECREE, clause: "第九条" },
  },
  business_licence: { labelZh: "营业执照", labelEn: "Business licence", citation: { document: DECREE, clause: "第九条" } },
  public_sector_appointment: {
    labelZh: "组织、人事部门调动、录用或聘用手续",
    labelEn: "Transfer, recruitment or appointment papers of the organisation/personnel department",
    citation: null,
  },
  insurance_record: { labelZh: "城镇社会保险缴费记录", labelEn: "Urban social insurance contribution record", citation: null },
  diploma: { labelZh: "毕业证书（学历证明）", labelEn: "Graduation certificate", citation: null },
  overseas_study: { labelZh: "国（境）外学历学位认证书", labelEn: "Certificate of overseas degree recognition", citation: null },
  admission_notice: {
    labelZh: "录取通知书或在读证明",
    labelEn: "Admission notice or certificate of enrolment",
    citation: { document: DECREE, clause: "第九条" },
  },
  talent_certificate: { labelZh: "人才引进或表彰证明", labelEn: "Talent introduction or award certificate", citation: null },
  investment_proof: {
    labelZh: "投资兴业证明（营业执照、出资证明）",
    labelEn: "Proof of investment (licence, capital contribution)",
    citation: null,
  },
  relocation_proof: { labelZh: "易地扶贫搬迁安置证明", labelEn: "Poverty-relief relocation certificate", citation: null },
  relative_booklet: {
    labelZh: "被投靠亲属的户口簿及关系证明",
    labelEn: "Household booklet of the relative joined, and proof of the relationship",
    citation: null,
  },
  head_consent: { labelZh: "户主同意入户的书面意见", labelEn: "Written consent of the head of the household joined", citation: null },
  marriage_certificate: { labelZh: "结婚证", labelEn: "Marriage certificate", citation: null },
  child_relation: { labelZh: "子女的出生医学证明或户口簿", labelEn: "Child's birth certificate or household booklet", citation: null },
  parent_relation: {
    labelZh: "与父母关系的证明（户口簿或亲属关系证明）",
    labelEn: "Proof of relationship with the parents",
    citation: null,
  },
  birth_certificate: { labelZh: "出生医学证明", labelEn: "Medical certificate of birth", citation: null },
  parents_ids: { labelZh: "父母的居民身份证", labelEn: "Parents' identity cards", citation: null },
  parents_booklet: {
    labelZh: "父母的户口簿（新生儿申报入户的户）",
    labelEn: "Parents' household booklet (the household the child joins)",
    citation: null,
  },
  no_hukou_statement: {
    labelZh: "无户口情况说明及相关证明",
    labelEn: "Statement of the no-hukou situation, with its proofs",
    citation: { document: NO_HUKOU, clause: "二" },
  },
  permit: { labelZh: "居住证", labelEn: "Residence permit", citation: null },
} as const satisfies Record<string, Omit<ChecklistItemDefinition, "id">>;

export type ChecklistItemId = keyof typeof CHECKLIST_ITEMS;
