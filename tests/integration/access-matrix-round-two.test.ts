// The authorization matrix's round two (issue 16, decision records 0261, 0262), kept apart from the eight
// actors of access-matrix-actions.test.ts, in the same world (access-matrix-actions-context.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { addDocument, readDocument } from "@/lib/applications/documents";
import { loadCaseView } from "@/lib/applications/case-view";
import { takeCase } from "@/lib/applications/take-case";
import { revealCitizenId, verifyIdentity } from "@/lib/registry/reveal-person";
import { HOLDER_BOUND_ACTIONS } from "../security/access-matrix";
import { PDF } from "./apply-fixtures";
import { A, actors, clerk, colleague, db, draft, outcomeOf, setUpMatrixWorld, store, submitted } from "./access-matrix-actions-context";
import { PROBES } from "./access-matrix-probes";
import { makeDocument } from "@/tests/factories/documents";

beforeAll(setUpMatrixWorld);

describe("round two: a decision by a clerk of the station who does not hold the case", () => {
  it.each(Object.entries(HOLDER_BOUND_ACTIONS))("%s → NOT_HOLDER, audited, the case unchanged", async (_key, { domain }) => {
    const probe = await PROBES[domain]();
    // Every probe's case is clerkSame's; the colleague works at the same station and holds nothing.
    const versionBefore = (await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version;
    const got = await probe.act(colleague).then(
      () => "ok",
      (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
    );
    expect(got).toBe("NOT_HOLDER");
    expect((await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version).toBe(versionBefore);
    const audits = await db.auditEvent.findMany({ where: { actorId: colleague.id, entityId: probe.id } });
    expect(audits.map((a) => a.action)).toEqual(["application.decision-refused"]);
  });
});

describe("round two: an unsubmitted draft is the applicant's alone", () => {
  const reads: Record<string, (actor: Actor, d: { id: string; documentId: string }) => Promise<unknown>> = {
    loadCaseView: (actor, d) => loadCaseView({ db, actor, applicationId: d.id }),
    readDocument: (actor, d) => readDocument({ db, actor, documentId: d.documentId, store }),
    revealCitizenId: (actor, d) => revealCitizenId({ db, actor, applicationId: d.id }),
    verifyIdentity: (actor, d) => verifyIdentity({ db, actor, applicationId: d.id }),
    takeCase: (actor, d) => takeCase({ db, actor, applicationId: d.id, expectedVersion: 1 }),
  };
  it.each(Object.keys(reads).flatMap((name) => (["clerkSame", "supervisorIn"] as const).map((who) => [name, who] as const)))(
    "%s by %s → NOT_FOUND",
    async (name, who) => {
      const d = await draft();
      const doc = await addDocument({ db, actor: A(), applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
      const actor = actors[who]!;
      const auditsBefore = await db.auditEvent.count({ where: { actorId: actor.id } });
      const got = await reads[name](actor, { id: d.id, documentId: doc.id }).then(
        () => "ok",
        (e: unknown) => outcomeOf(e),
      );
      // verifyIdentity and takeCase are clerks' (a supervisor lacks the permission: forbidden before scope).
      expect(got).toBe(
        who === "supervisorIn" && (name === "verifyIdentity" || name === "takeCase" || name === "revealCitizenId")
          ? "forbidden"
          : "notFound",
      );
      expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBe(auditsBefore);
    },
  );

  it("the applicant still reads their own draft's file", async () => {
    const d = await draft();
    const doc = await addDocument({ db, actor: A(), applicationId: d.id, item: "id_card", fileName: "id.pdf", bytes: PDF, store });
    await expect(readDocument({ db, actor: A(), documentId: doc.id, store })).resolves.toMatchObject({ id: doc.id });
  });
});

describe("round two: supervisors open no uploaded file", () => {
  it("a submitted case's file: the station's clerk reads it, the supervisor above gets NOT_FOUND", async () => {
    const app = await submitted();
    const sha256 = await store.put(PDF);
    const doc = await makeDocument(db, { applicationId: app.id, sha256, sizeBytes: PDF.byteLength, uploadedById: A().id });
    await expect(readDocument({ db, actor: clerk(), documentId: doc.id, store })).resolves.toMatchObject({ id: doc.id });
    expect(await readDocument({ db, actor: actors.supervisorIn!, documentId: doc.id, store }).then(() => "ok", outcomeOf)).toBe("notFound");
  });
});
