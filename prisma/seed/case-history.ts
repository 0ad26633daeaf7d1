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
import { sampleBytes, sampleKey, SAMPLE_DOCUMENTS } from "./sample-documents";

/** "YYYY-MM-DD HH:mm" in China time → a moment. */
export function moment(text: string): Date {
  return at(text.slice(0, 10), text.slice(11, 16));
}

function document(options: {
  number: string;
  kind: string;
  story: Story;
  uploadedByUsername: string;
  createdAt: Date;
  rng: Rng;
}): PlannedDocument {
  const { kind, number } = options;
  const key = sampleKey({ kind, residence: options.story.facts.residence?.type ?? "rented" });
  const sample = SAMPLE_DOCUMENTS[key];
  if (!sample) throw new Error(`unknown document kind ${kind}`);
  // Drawn and dropped: the size once came from here, and the draws after it keep the demo as it was.
  options.rng.next();
  const { bytes, sha256 } = sampleBytes(key);
  return {
    id: seedId({ table: "Document", key: `${number}:${kind}` }),
    kind,
    fileName: sample.fileName,
    // A real file (sample-documents.ts), stored in the blob store by the seed: the same bytes for every
    // case's document of this kind.
    sha256,
    sizeBytes: bytes.byteLength,
    mediaType: sample.mediaType,
    uploadedByUsername: options.uploadedByUsername,
    createdAt: options.createdAt,
  };
}

/** The stand-in hash the demo's documents had before they had files (the seed repairs those rows). */
export function standInHash(options: { number: string; kind: string }): string {
  return sha256Hex(`hukou-demo-document:${options.number}:${options.kind}`);
}

export function caseDocuments(options: { story: Story; number: string; applicantUsername: string; rng: Rng }): PlannedDocument[] {
  const { story } = options;
  const start = moment(story.timeline.created);
  const docs = story.documents.map((kind, i) =>
    document({ ...options, kind, uploadedByUsername: options.applicantUsername, createdAt: addMinutes(start, 2 + i * 3) }),
  );
  const late = story.timeline.materials;
  if (late?.back && late.document) {
    docs.push(
      document({
        ...options,
        kind: late.document,
        uploadedByUsername: options.applicantUsername,
        createdAt: addMinutes(moment(late.back), -5),
      }),
    );
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
export function decide(options: { story: Story; snapshot: EligibilityResponse | null; warn: (message: string) => void }): Decision | null {
  const { story, snapshot } = options;
  if (story.status !== "APPROVED" && story.status !== "REJECTED") return null;
  if (story.kind === "NEWBORN_REGISTRATION") {
    const newborn = unconditionalRegistrations.find((r) => r.kind === "newborn");
    const local = newborn?.citations.find((c) => c.jurisdiction === story.policy);
    const basis = local ? clauseOf(local.citation) : (newborn?.nationalBasis ?? null);
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
