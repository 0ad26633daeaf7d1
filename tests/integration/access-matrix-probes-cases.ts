// The matrix's probes of applicant A's and the casework's domain functions: each makes a fresh row of
// applicant A in the state the action acts on (access-matrix-actions-context.ts) and acts on it.
import { startApplication } from "@/lib/applications/start-application";
import { saveSection } from "@/lib/applications/save-section";
import { addDocument } from "@/lib/applications/documents";
import { removeDocument } from "@/lib/applications/remove-document";
import { submitApplication } from "@/lib/applications/submit-application";
import { withdrawApplication } from "@/lib/applications/withdraw-application";
import { rateApplication } from "@/lib/applications/rate-application";
import { answerMaterials } from "@/lib/applications/answer-materials";
import { takeCase } from "@/lib/applications/take-case";
import { handBack } from "@/lib/applications/hand-back";
import { reassignCase } from "@/lib/applications/reassign";
import { reviewDocument } from "@/lib/applications/review-document";
import { requestMaterials } from "@/lib/applications/request-materials";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { revealCitizenId, verifyIdentity } from "@/lib/registry/reveal-person";
import { flagCase } from "@/lib/applications/flag-case";
import { closeFollowUp } from "@/lib/applications/rating-follow-ups";
import { PDF, atPlace } from "./apply-fixtures";
import { A, ANSWERS, clerk, colleague, db, draft, inReview, MANY_DRAFTS, store, submitted, today } from "./access-matrix-actions-context";
import type { Probe } from "./access-matrix-actions-context";
import { makeDocument } from "@/tests/factories/documents";
import { approveCase } from "@/tests/factories/decisions";

/** A case of A's in review, refused by the clerk on the usual ground: what A rates and a poor rating follows up. */
async function refusedByClerk() {
  const app = await inReview();
  await refuseApplication({
    db,
    actor: clerk(),
    applicationId: app.id,
    expectedVersion: app.version,
    reason: "社保不足",
    clause: "三(一)",
  });
  return app;
}

export const CASE_PROBES: Record<string, Probe> = {
  startApplication: async () => ({
    id: "",
    act: (actor) =>
      startApplication({
        db,
        actor,
        ...atPlace(),
        limits: MANY_DRAFTS,
      }),
  }),
  saveSection: async () => {
    const d = await draft();
    return {
      id: d.id,
      act: (actor) =>
        saveSection({ db, actor, applicationId: d.id, section: "about", expectedVersion: d.version, values: ANSWERS.about, today }),
    };
  },
  addDocument: async () => {
    const d = await draft();
    return {
      id: d.id,
      act: (actor) => addDocument({ db, actor, applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store }),
    };
  },
  removeDocument: async () => {
    const d = await draft();
    const doc = await addDocument({ db, actor: A(), applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
    return { id: d.id, act: (actor) => removeDocument({ db, actor, documentId: doc.id }) };
  },
  submitApplication: async () => {
    const d = await draft({ answered: true, documents: true });
    return {
      id: d.id,
      act: (actor) => submitApplication({ db, actor, applicationId: d.id, expectedVersion: d.version, declared: true, now: new Date() }),
    };
  },
  withdrawApplication: async () => {
    const app = await submitted();
    return {
      id: app.id,
      act: (actor) => withdrawApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, reason: "不办了" }),
    };
  },
  rateApplication: async () => {
    const app = await refusedByClerk();
    return { id: app.id, act: (actor) => rateApplication({ db, actor, applicationId: app.id, score: 4, comment: "快" }) };
  },
  answerMaterials: async () => {
    const app = await inReview();
    await requestMaterials({
      db,
      actor: clerk(),
      applicationId: app.id,
      expectedVersion: app.version,
      items: [{ item: null, note: "请说明居住情况" }],
    });
    const version = (await db.application.findUniqueOrThrow({ where: { id: app.id } })).version;
    return { id: app.id, act: (actor) => answerMaterials({ db, actor, applicationId: app.id, expectedVersion: version, note: "已说明" }) };
  },
  takeCase: async () => {
    const app = await submitted();
    return { id: app.id, act: (actor) => takeCase({ db, actor, applicationId: app.id, expectedVersion: app.version }) };
  },
  handBack: async () => {
    const app = await inReview();
    // The case is clerkSame's own; handing back someone else's is refused by another rule.
    return { id: app.id, act: (actor) => handBack({ db, actor, applicationId: app.id, expectedVersion: app.version }) };
  },
  reassignCase: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) => reassignCase({ db, actor, applicationId: app.id, expectedVersion: app.version, assigneeId: colleague.id }),
    };
  },
  verifyIdentity: async () => {
    const app = await submitted();
    return { id: app.id, act: (actor) => verifyIdentity({ db, actor, applicationId: app.id }) };
  },
  reviewDocument: async () => {
    const app = await inReview();
    const doc = await makeDocument(db, { applicationId: app.id, uploadedById: A().id });
    return { id: app.id, act: (actor) => reviewDocument({ db, actor, documentId: doc.id, review: "ACCEPTED", expectedReview: "PENDING" }) };
  },
  revealCitizenId: async () => {
    const app = await submitted();
    return { id: app.id, act: (actor) => revealCitizenId({ db, actor, applicationId: app.id }) };
  },
  requestMaterials: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) =>
        requestMaterials({ db, actor, applicationId: app.id, expectedVersion: app.version, items: [{ item: "id_card", note: "看不清" }] }),
    };
  },
  approveApplication: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) => approveCase(db, actor, app),
    };
  },
  // 督办 of an open case at A's station: supervisors of the subtree only.
  flagCase: async () => {
    const app = await inReview();
    return { id: app.id, act: (actor) => flagCase({ db, actor, applicationId: app.id, expectedVersion: app.version, note: "请加快办理" }) };
  },
  // 差评整改回访: a poor rating of a case decided at A's station opens it; supervisors of the subtree close it.
  closeFollowUp: async () => {
    const app = await refusedByClerk();
    await rateApplication({ db, actor: A(), applicationId: app.id, score: 1, comment: "态度差" });
    const followUp = await db.ratingFollowUp.findFirstOrThrow({ where: { rating: { applicationId: app.id } } });
    return {
      id: app.id,
      act: (actor) => closeFollowUp({ db, actor, followUpId: followUp.id, note: "已回访，说明了不予许可的理由" }),
      written: async () => (await db.ratingFollowUp.findUniqueOrThrow({ where: { id: followUp.id } })).status,
    };
  },
  refuseApplication: async () => {
    const app = await inReview();
    return {
      id: app.id,
      act: (actor) =>
        refuseApplication({ db, actor, applicationId: app.id, expectedVersion: app.version, reason: "不符合", clause: "三(一)" }),
    };
  },
};
