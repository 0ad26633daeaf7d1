// The files behind the demo cases' Document rows: one small real file per kind (a PDF titled with the
// document's name and marked 演示样本, a PNG ID photo), checked in under prisma/seed/documents/ and made
// by scripts/make-demo-documents.ts. Every case's document of a kind is the same bytes, so the blob
// store (content-addressed, lib/storage) holds each once. Decision record 0253.
import fs from "node:fs";
import path from "node:path";
import { sha256Hex } from "@/lib/storage";

export const SAMPLE_DIR = path.join(__dirname, "documents");

export interface SampleDocument {
  /** The file under prisma/seed/documents/. */
  file: string;
  /** The name the applicant's upload shows. */
  fileName: string;
  mediaType: "application/pdf" | "image/png";
}

const pdf = (file: string, fileName: string): SampleDocument => ({ file: `${file}.pdf`, fileName, mediaType: "application/pdf" });

/** Keyed by checklist kind; the residence proof by kind:residence type. */
export const SAMPLE_DOCUMENTS: Record<string, SampleDocument> = {
  id_card: pdf("id_card", "居民身份证（正反面）.pdf"),
  photo: { file: "photo.png", fileName: "证件照.png", mediaType: "image/png" },
  household_register: pdf("household_register", "户口簿.pdf"),
  employment_proof: pdf("employment_proof", "劳动合同.pdf"),
  social_insurance_record: pdf("social_insurance_record", "社会保险缴费明细.pdf"),
  marriage_certificate: pdf("marriage_certificate", "结婚证.pdf"),
  birth_certificate: pdf("birth_certificate", "出生医学证明.pdf"),
  business_licence: pdf("business_licence", "营业执照.pdf"),
  degree_certificate: pdf("degree_certificate", "毕业证书及学历证书电子注册备案表.pdf"),
  employment_notice: pdf("employment_notice", "事业单位聘用通知书.pdf"),
  relocation_certificate: pdf("relocation_certificate", "易地扶贫搬迁安置确认书.pdf"),
  situation_statement: pdf("situation_statement", "无户口情况说明（社区出具）.pdf"),
  kinship_proof: pdf("kinship_proof", "亲属关系证明.pdf"),
  "residence_proof:owned": pdf("residence_proof-owned", "不动产权证书.pdf"),
  "residence_proof:rented_registered": pdf("residence_proof-rented_registered", "房屋租赁登记备案证明.pdf"),
  "residence_proof:rented": pdf("residence_proof-rented", "房屋租赁合同.pdf"),
  "residence_proof:dormitory": pdf("residence_proof-dormitory", "单位宿舍住宿证明.pdf"),
  "residence_proof:relative": pdf("residence_proof-relative", "亲属房屋借住证明.pdf"),
  "residence_proof:other": pdf("residence_proof-other", "住所证明.pdf"),
};

/** The sample for a document of a case: its kind, and for a residence proof the residence type. */
export function sampleKey(options: { kind: string; residence: string }): string {
  if (options.kind !== "residence_proof") return options.kind;
  const key = `residence_proof:${options.residence}`;
  return key in SAMPLE_DOCUMENTS ? key : "residence_proof:other";
}

const cache = new Map<string, { bytes: Uint8Array; sha256: string }>();

/** The sample's bytes and hash (read once per process; a few kilobytes each). */
export function sampleBytes(key: string): { bytes: Uint8Array; sha256: string } {
  let hit = cache.get(key);
  if (!hit) {
    const sample = SAMPLE_DOCUMENTS[key];
    if (!sample) throw new Error(`seed: no sample document ${key}`);
    const bytes = new Uint8Array(fs.readFileSync(path.join(SAMPLE_DIR, sample.file)));
    hit = { bytes, sha256: sha256Hex(bytes) };
    cache.set(key, hit);
  }
  return hit;
}
