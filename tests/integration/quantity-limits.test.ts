// Issue 16, M5: one account may not store without bound (files per item, bytes per case and per
// account) nor open drafts without bound; parallel posts may not pass a limit together.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { startApplication } from "@/lib/applications/start-application";
import { addDocument } from "@/lib/applications/documents";
import { removeDocument } from "@/lib/applications/remove-document";
import { QUANTITY_LIMITS } from "@/lib/applications/quantity-limits";
import { ensurePlace, memoryStore, PDF, registeredApplicant, atPlace } from "./apply-fixtures";
import { makeDocument } from "@/tests/factories/documents";

const db = useTestDb();
const store = memoryStore();

beforeAll(async () => {
  await ensurePlace(db);
});

const start = (actor: Actor, kind: ApplicationKind = "SETTLEMENT", createKey = randomUUID()) =>
  startApplication({
    db,
    actor,
    ...atPlace(kind, createKey),
  });

/** A distinct valid PDF per call (a comment line), so each is its own blob. */
const pdf = (n: number) => new Uint8Array([...PDF, ...new TextEncoder().encode(`%${n}\n`)]);

const upload = (actor: Actor, applicationId: string, item = "id_card", n = 0) =>
  addDocument({ db, actor, applicationId, item, fileName: `${item}-${n}.pdf`, bytes: pdf(n), store });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    () => "OK",
    (e: unknown) => (e instanceof DomainError ? e.code : `UNEXPECTED ${String(e)}`),
  );
  return outcome;
}

/** Rows standing for files already stored: big sizes without big bytes. */
async function storedBytes(actor: Actor, applicationId: string, sizeBytes: number, item = "household_booklet") {
  await makeDocument(db, { applicationId, kind: item, fileName: "big.pdf", sizeBytes, uploadedById: actor.id });
}

describe("files per checklist item", () => {
  it(`stores ${QUANTITY_LIMITS.filesPerItem} files under one item and refuses the next, naming the limit`, async () => {
    const actor = await registeredApplicant(db);
    const { id } = await start(actor);
    for (let n = 0; n < QUANTITY_LIMITS.filesPerItem; n++) await upload(actor, id, "id_card", n);
    expect(await codeOf(upload(actor, id, "id_card", 99))).toBe("LIMIT_FILES_PER_ITEM");
    expect(await db.document.count({ where: { applicationId: id, kind: "id_card" } })).toBe(QUANTITY_LIMITS.filesPerItem);
    // Another item of the same case still takes files; removing one frees a place.
    expect(await codeOf(upload(actor, id, "household_booklet", 100))).toBe("OK");
    const one = await db.document.findFirstOrThrow({ where: { applicationId: id, kind: "id_card" } });
    await removeDocument({ db, actor, documentId: one.id });
    expect(await codeOf(upload(actor, id, "id_card", 101))).toBe("OK");
  });

  it("parallel uploads to one item stop at the limit", async () => {
    const actor = await registeredApplicant(db);
    const { id } = await start(actor);
    for (let n = 0; n < QUANTITY_LIMITS.filesPerItem - 3; n++) await upload(actor, id, "id_card", n);
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => codeOf(upload(actor, id, "id_card", 200 + i))));
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "LIMIT_FILES_PER_ITEM")).toHaveLength(7);
    expect(await db.document.count({ where: { applicationId: id, kind: "id_card" } })).toBe(QUANTITY_LIMITS.filesPerItem);
  });
});

describe("bytes per case and per account", () => {
  it("refuses a file that would take the case past its byte limit", async () => {
    const actor = await registeredApplicant(db);
    const { id } = await start(actor);
    await storedBytes(actor, id, QUANTITY_LIMITS.bytesPerCase - 10);
    expect(await codeOf(upload(actor, id))).toBe("LIMIT_BYTES_PER_CASE");
    expect(await db.document.count({ where: { applicationId: id } })).toBe(1);
  });

  it("refuses a file that would take the account past its byte limit, counting withdrawn cases too", async () => {
    const actor = await registeredApplicant(db);
    const first = await start(actor, "SETTLEMENT");
    await storedBytes(actor, first.id, QUANTITY_LIMITS.bytesPerCase - 1024);
    await db.application.update({ where: { id: first.id }, data: { status: "WITHDRAWN" } });
    const rest = QUANTITY_LIMITS.bytesPerAccount - (QUANTITY_LIMITS.bytesPerCase - 1024);
    // Spread over closed cases so no case is past its own limit.
    for (let left = rest - 10; left > 0; left -= QUANTITY_LIMITS.bytesPerCase - 1024) {
      const more = await start(actor, "SETTLEMENT");
      await storedBytes(actor, more.id, Math.min(left, QUANTITY_LIMITS.bytesPerCase - 1024));
      await db.application.update({ where: { id: more.id }, data: { status: "WITHDRAWN" } });
    }
    const { id } = await start(actor, "SETTLEMENT");
    expect(await codeOf(upload(actor, id))).toBe("LIMIT_BYTES_PER_ACCOUNT");
  });
});

describe("open drafts per account", () => {
  it(`one open draft per kind and ${QUANTITY_LIMITS.draftsTotal} in all; a submitted or withdrawn one no longer counts`, async () => {
    const actor = await registeredApplicant(db);
    const first = await start(actor, "SETTLEMENT");
    expect(await codeOf(start(actor, "SETTLEMENT"))).toBe("LIMIT_DRAFTS_PER_KIND");
    // The same form posted twice is still the one draft, not a refusal.
    const key = randomUUID();
    const permit = await start(actor, "RESIDENCE_PERMIT", key);
    expect(await start(actor, "RESIDENCE_PERMIT", key)).toEqual({ id: permit.id, created: false });
    await start(actor, "NO_HUKOU_REGISTRATION");
    expect(await db.application.count({ where: { applicantUserId: actor.id, status: "DRAFT" } })).toBe(QUANTITY_LIMITS.draftsTotal);
    await db.application.update({ where: { id: first.id }, data: { status: "WITHDRAWN" } });
    expect(await codeOf(start(actor, "SETTLEMENT"))).toBe("OK");
  });

  it("refuses the draft past the total, saying to finish or withdraw one", async () => {
    const actor = await registeredApplicant(db);
    const settlement = await start(actor, "SETTLEMENT");
    await start(actor, "RESIDENCE_PERMIT");
    await start(actor, "NO_HUKOU_REGISTRATION");
    // A fourth kind stands in for the settlement draft (a newborn's or an endorsement's needs a household or a permit).
    await db.application.update({ where: { id: settlement.id }, data: { kind: "PERMIT_ENDORSEMENT" } });
    expect(await codeOf(start(actor, "SETTLEMENT"))).toBe("LIMIT_DRAFTS_TOTAL");
    expect(await db.application.count({ where: { applicantUserId: actor.id, status: "DRAFT" } })).toBe(QUANTITY_LIMITS.draftsTotal);
  });

  it("parallel starts of different forms make one draft of a kind", async () => {
    const actor = await registeredApplicant(db);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => codeOf(start(actor, "SETTLEMENT"))));
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(await db.application.count({ where: { applicantUserId: actor.id, status: "DRAFT" } })).toBe(1);
  });
});
