// Issue 16, I3: two ratings posted at the same moment get "already rated", not a system error; a NUL (or
// another control character, or half a surrogate pair) in a draft answer is not an unexpected error.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { DomainError } from "@/lib/errors";
import { rateApplication } from "@/lib/applications/rate-application";
import { makeCase, makeWorld } from "./mycase-helpers";
import { ensurePlace, registeredApplicant } from "./apply-fixtures";
import { saveDraftSection, startDraft } from "./apply-draft";

const db = useTestDb();
let world: Awaited<ReturnType<typeof makeWorld>>;

beforeAll(async () => {
  world = await makeWorld(db);
  await ensurePlace(db);
});

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: unknown) => (e instanceof DomainError ? `${e.code}:${e.details.join(",")}` : `UNEXPECTED ${String(e)}`),
  );

describe("ratings posted at the same moment", () => {
  it("one is kept; the others are told the case is already rated", async () => {
    const applicant = await world.applicant();
    // Several cases at once, so that some pairs really do meet at the unique index (not only at the read).
    const apps = await Promise.all(Array.from({ length: 6 }, () => makeCase(db, { world, applicant, status: "APPROVED" })));
    const outcomes = await Promise.all(
      apps.map((app) =>
        Promise.all([5, 4, 1].map((score) => outcome(rateApplication({ db, actor: applicant, applicationId: app.id, score })))),
      ),
    );
    for (const [i, app] of apps.entries()) {
      expect(
        outcomes[i].filter((o) => o === "OK"),
        app.id,
      ).toHaveLength(1);
      expect(outcomes[i].filter((o) => o !== "OK")).toEqual(["INVALID_STATE:rated", "INVALID_STATE:rated"]);
      expect(await db.rating.count({ where: { applicationId: app.id } })).toBe(1);
    }
    expect(await outcome(rateApplication({ db, actor: applicant, applicationId: apps[0].id, score: 3 }))).toBe("INVALID_STATE:rated");
  });
});

describe("control characters in a draft's answers", () => {
  it("are taken out of what is saved, and the rest is kept", async () => {
    const actor = await registeredApplicant(db);
    const { id } = await startDraft(db, actor);
    const values = {
      address: "北湖区\u0000人民西路\u001b 12 号\ud800",
      "applicant.residence.type": "rented",
      "applicant.residence.months": "1\u00004",
      placement: "new",
    };
    const saved = await saveDraftSection(db, actor, { id, version: 1 }, "home", values);
    expect(saved.errors).toEqual([]);
    const app = await db.application.findUniqueOrThrow({ where: { id } });
    expect((app.formData as Record<string, Record<string, string>>).home).toMatchObject({
      address: "北湖区人民西路 12 号\uFFFD",
      "applicant.residence.months": "14",
    });
  });
});
