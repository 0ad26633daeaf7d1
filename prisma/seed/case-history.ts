// The paper trail of a demo case: its documents, its case events (each status change with actor,
// reason and clause) and the wording of its decision, taken from the engine's answer so the reason
// cites the same clause the snapshot does.
import type { ApplicationStatus } from "@/lib/generated/prisma/client";
import type { EligibilityResponse } from "@/lib/policy";
import { unconditionalRegistrations } from "@/lib/policy";
import { addMinutes, at } from "./dates";
import { seedId, sha256Hex } from "./ids";
import type { PlannedCaseEvent, PlannedDocument } from "./plan-types";
import type { Rng } from "./random";
import type { Story } from "./story-types";

/** "YYYY-MM-DD HH:mm" in China time → a moment. */
export function moment(text: string): Date {
  return at(text.slice(0, 10), text.slice(11, 16));
}

const DOCUMENTS: Record<string, { fileName: string; mediaType: string }> = {
  id_card: { fileName: "居民身份证（正反面）.jpg", mediaType: "image/jpeg" },
  photo: { fileName: "证件照.jpg", mediaType: "image/jpeg" },
  household_register: { fileName: "户口簿.pdf", mediaType: "application/pdf" },
  employment_proof: { fileName: "劳动合同.pdf", mediaType: "application/pdf" },
  social_insurance_record: { fileName: "社会保险缴费明细.pdf", mediaType: "application/pdf" },
  marriage_certificate: { fileName: "结婚证.jpg", mediaType: "image/jpeg" },
  birth_certificate: { fileName: "出生医学证明.jpg", mediaType: "image/jpeg" },
  business_licence: { fileName: "营业执照.jpg", mediaType: "image/jpeg" },
  degree_certificate: { fileName: "毕业证书及学历证书电子注册备案表.pdf", mediaType: "application/pdf" },
  employment_notice: { fileName: "事业单位聘用通知书.pdf", mediaType: "application/pdf" },
  relocation_certificate: { fileName: "易地扶贫搬迁安置确认书.pdf", mediaType: "application/pdf" },
  situation_statement: { fileName: "无户口情况说明（社区出具）.pdf", mediaType: "application/pdf" },
  kinship_proof: { fileName: "亲属关系证明.pdf", mediaType: "application/pdf" },
};

const RESIDENCE_PROOF: Record<string, string> = {
  owned: "不动产权证书.pdf",
  rented_registered: "房屋租赁登记备案证明.pdf",
  rented: "房屋租赁合同.pdf",
  dormitory: "单位宿舍住宿证明.pdf",
  relative: "亲属房屋借住证明.pdf",
};

function document(options: { number: string; kind: string; story: Story; uploadedByUsername: string; createdAt: Date; rng: Rng }): PlannedDocument {
  const { kind, number } = options;
  const residence = options.story.facts.residence?.type ?? "rented";
  const spec =
    kind === "residence_proof"
      ? { fileName: RESIDENCE_PROOF[residence] ?? "住所证明.pdf", mediaType: "application/pdf" }
      : DOCUMENTS[kind];
  if (!spec) throw new Error(`unknown document kind ${kind}`);
  return {
    id: seedId({ table: "Document", key: `${number}:${kind}` }),
    kind,
    fileName: spec.fileName,
    // The hash of stand-in bytes: the demo keeps no files, but the hash is a real SHA-256.
    sha256: sha256Hex(`hukou-demo-document:${number}:${kind}`),
    sizeBytes: spec.mediaType === "image/jpeg" ? options.rng.int(180_000, 2_400_000) : options.rng.int(60_000, 900_000),
    mediaType: spec.mediaType,
    uploadedByUsername: options.uploadedByUsername,
    createdAt: options.createdAt,
  };
}

export function caseDocuments(options: { story: Story; number: string; applicantUsername: string; rng: Rng }): PlannedDocument[] {
  const { story } = options;
  const start = moment(story.timeline.created);
  const docs = story.documents.map((kind, i) =>
    document({ ...options, kind, uploadedByUsername: options.applicantUsername, createdAt: addMinutes(start, 2 + i * 3) }),
  );
  const late = story.timeline.materials;
  if (late?.back && late.document) {
    docs.push(document({ ...options, kind: late.document, uploadedByUsername: options.applicantUsername, createdAt: addMinutes(moment(late.back), -5) }));
  }
  return docs;
}

export interface Decision {
  reason: string;
  clause: string | null;
  /** The pathway an approval rests on (Application.decisionPathwayId, what the KPI page groups by). */
  pathwayId?: string | null;
}

const RELATION_ZH: Record<string, string> = { spouse: "配偶", child: "子女", parent: "父母", grandparent: "祖父母", grandchild: "孙子女" };

function clauseOf(citation: { document: string; clause: string }): string {
  return `${citation.document} ${citation.clause}`;
}

/** The wording of a decision; `warn` reports a story whose intended outcome the engine disagrees with. */
export function decide(options: {
  story: Story;
  snapshot: EligibilityResponse | null;
  warn: (message: string) => void;
}): Decision | null {
  const { story, snapshot } = options;
  if (story.status !== "APPROVED" && story.status !== "REJECTED") return null;
  if (story.kind === "NEWBORN_REGISTRATION") {
    const newborn = unconditionalRegistrations.find((r) => r.kind === "newborn");
    const local = newborn?.citations.find((c) => c.jurisdiction === story.policy);
    const basis = local ? clauseOf(local.citation) : newborn?.nationalBasis ?? null;
    return { reason: `新生儿出生登记，不附加任何条件，予以登记${basis ? `（${basis}）` : ""}`, clause: basis };
  }
  if (!snapshot) return { reason: story.status === "APPROVED" ? "准予办理" : "不予办理", clause: null };
  const met = snapshot.pathways.find((p) => p.eligible);
  if (story.status === "APPROVED") {
    if (!met) {
      options.warn(`demo case ${story.key} is approved but the engine finds no met pathway`);
      return { reason: "准予办理", clause: null };
    }
    const family = snapshot.members.map((m) => {
      const label = RELATION_ZH[m.relation] ?? m.relation;
      return m.eligible ? `${label}随迁` : `${label}不符合随迁条件（${m.unmet.map((u) => u.messageZh).join("；")}）`;
    });
    const tail = family.length > 0 ? `；${family.join("；")}` : "";
    return { reason: `符合${clauseOf(met.citation)}：${met.summary}${tail}`, clause: clauseOf(met.citation), pathwayId: met.id };
  }
  if (met) options.warn(`demo case ${story.key} is rejected but the engine finds ${met.id} met`);
  const nearest = snapshot.pathways[0];
  if (!nearest) {
    return { reason: `申请之日无可适用的政策条款${story.advice ? `。建议：${story.advice}` : ""}`, clause: null };
  }
  const missing = nearest.unmet.map((u) => u.messageZh).join("；");
  return {
    reason: `不符合落户条件。最接近的途径为${clauseOf(nearest.citation)}（${nearest.summary}），尚不满足：${missing}${story.advice ? `。建议：${story.advice}` : ""}`,
    clause: clauseOf(nearest.citation),
  };
}

/** Every status change of the case, in order; the last one's toStatus is the story's status. */
export function caseEvents(options: {
  story: Story;
  number: string;
  applicantUsername: string;
  clerkUsername: string;
  decision: Decision | null;
}): PlannedCaseEvent[] {
  const { story, decision } = options;
  const t = story.timeline;
  const events: PlannedCaseEvent[] = [];
  let current: ApplicationStatus | null = null;
  const push = (to: ApplicationStatus, when: string, actor: string, reason: string | null, clause: string | null = null) => {
    events.push({
      id: seedId({ table: "CaseEvent", key: `${options.number}:${events.length}` }),
      actorUsername: actor,
      fromStatus: current,
      toStatus: to,
      reason,
      clause,
      createdAt: moment(when),
    });
    current = to;
  };
  const applicant = options.applicantUsername;
  const clerk = options.clerkUsername;
  push("DRAFT", t.created, applicant, "创建申请");
  if (t.submitted) push("SUBMITTED", t.submitted, applicant, "提交申请");
  if (t.taken) push("IN_REVIEW", t.taken, clerk, "受理申请，进入审核");
  if (t.materials) {
    push("NEEDS_MATERIALS", t.materials.at, clerk, t.materials.reason);
    if (t.materials.back) push("IN_REVIEW", t.materials.back, applicant, "已按一次性告知补齐材料");
  }
  if (t.withdrawn) push("WITHDRAWN", t.withdrawn.at, applicant, t.withdrawn.reason);
  if (t.decided && decision) push(story.status, t.decided, clerk, decision.reason, decision.clause);
  if (current !== story.status) {
    throw new Error(`demo case ${story.key}: its timeline ends in ${current}, not ${story.status}`);
  }
  return events;
}
