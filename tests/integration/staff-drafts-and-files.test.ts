// L1 and L2 (issue 16). L1: an unsubmitted draft (its answers, files and the applicant's full ID) is the
// applicant's alone until submitted — the station's clerks and the supervisors above find no such case
// and no such file. L2: supervisors watch the handling, not the person: they open no uploaded file of any
// case (the station's officers review them). docs/decisions/0262.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { addDocument, readDocument } from "@/lib/applications/documents";
import { loadCaseView } from "@/lib/applications/case-view";
import { revealCitizenId } from "@/lib/registry/reveal-person";
import { ensurePlace, memoryStore, PDF, registeredApplicant } from "./apply-fixtures";
import { startDraft } from "./apply-draft";
import { makeCase } from "@/tests/factories/cases";
import { applicantRef } from "@/tests/factories/applicants";
import { makeClerk, makeSupervisor } from "@/tests/factories/staff";
import { makeDocument } from "@/tests/factories/documents";

const db = useTestDb();
const store = memoryStore();
let place: Awaited<ReturnType<typeof ensurePlace>>;
let applicant: Actor;
let clerk: Actor;
let supervisor: Actor;

beforeAll(async () => {
  place = await ensurePlace(db);
  applicant = await registeredApplicant(db);
  clerk = await makeClerk(db, place.station.id);
  supervisor = await makeSupervisor(db, place.city, { displayName: "督办", usernamePrefix: "sd-sup" });
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof DomainError ? e.code : `unexpected ${String(e)}`),
  );

// One draft with one file, shared by the tests below: an account keeps one open draft per kind (decision 0266).
let draft: Promise<{ id: string; documentId: string }> | null = null;
const draftWithFile = () => (draft ??= newDraftWithFile());

async function newDraftWithFile() {
  const { id } = await startDraft(db, applicant);
  const doc = await addDocument({ db, actor: applicant, applicationId: id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
  return { id, documentId: doc.id };
}

describe("L1: a draft is the applicant's until submitted", () => {
  it("the station's clerk and the supervisor above find no such case, file or number", async () => {
    const draft = await draftWithFile();
    for (const staff of [clerk, supervisor]) {
      expect(await code(loadCaseView({ db, actor: staff, applicationId: draft.id })), staff.role).toBe("NOT_FOUND");
      expect(await code(readDocument({ db, actor: staff, documentId: draft.documentId, store })), staff.role).toBe("NOT_FOUND");
    }
    expect(await code(revealCitizenId({ db, actor: clerk, applicationId: draft.id }))).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { actorId: clerk.id, action: "person.reveal" } })).toBe(0);
  });

  it("the applicant still reads their own draft's file", async () => {
    const draft = await draftWithFile();
    expect(await code(readDocument({ db, actor: applicant, documentId: draft.documentId, store }))).toBe("ok");
  });
});

describe("L2: supervisors open no uploaded file", () => {
  it("a submitted case's file: the station's clerk reads it, the supervisor above does not", async () => {
    const app = await makeCase(db, { at: place, applicant: applicantRef(applicant) });
    const sha256 = await store.put(PDF);
    const doc = await makeDocument(db, { applicationId: app.id, sha256, sizeBytes: PDF.byteLength, uploadedById: applicant.id });
    expect(await code(readDocument({ db, actor: clerk, documentId: doc.id, store }))).toBe("ok");
    expect(await code(readDocument({ db, actor: supervisor, documentId: doc.id, store }))).toBe("NOT_FOUND");
    // The supervisor's case screen still lists what was filed (the handling), without a way to open it.
    const view = await loadCaseView({ db, actor: supervisor, applicationId: app.id });
    expect(view.documents.map((d) => d.kind)).toEqual(["id_card"]);
    expect(view.filesOpen).toBe(false);
    expect((await loadCaseView({ db, actor: clerk, applicationId: app.id })).filesOpen).toBe(true);
  });
});
