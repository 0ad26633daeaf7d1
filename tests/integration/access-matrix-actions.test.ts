// The server-action half of the authorization matrix: every guarded action's domain call (the one the
// action makes after its own checks — tests/unit/access-matrix.test.ts proves the action calls it) is
// tried by eight forged actors on a fresh row of applicant A, and the answer must be the one the
// permissions table generates: UnauthenticatedError, FORBIDDEN, NOT_FOUND or done. A refused call
// writes nothing (no audit row by that actor, the case's version unchanged). docs/decisions/0230.
// The world and the probes are in access-matrix-actions-context.ts and access-matrix-probes*.ts; issue 16's
// round two is in access-matrix-round-two.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { ACTIONS, expectedOutcome, MATRIX_ACTORS } from "../security/access-matrix";
import { actors, db, outcomeOf, setUpMatrixWorld } from "./access-matrix-actions-context";
import { PROBES } from "./access-matrix-probes";

beforeAll(setUpMatrixWorld);

// Public and any-account actions (sign-in, registration, sign-out, one's own password) decide by who is
// asking, not by a permission: their refusals are proved by their own tests.
const guarded = Object.entries(ACTIONS).filter(([, e]) => Array.isArray(e.needs));

describe.each(guarded)("%s", (key, entry) => {
  it("has a probe for its domain call", () => expect(PROBES[entry.domain!], `${key} → ${entry.domain}`).toBeTypeOf("function"));

  it.each(MATRIX_ACTORS.map((a) => [a, entry.domainOverrides?.[a] ?? expectedOutcome(entry, a)] as const))(
    "%s → %s",
    async (who, expected) => {
      const probe = await PROBES[entry.domain!]();
      const actor = actors[who];
      const versionBefore = probe.id ? (await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version : null;
      const auditsBefore = actor ? await db.auditEvent.count({ where: { actorId: actor.id } }) : 0;
      const writtenBefore = await probe.written?.();
      const got = await probe.act(actor as Actor).then(() => "ok" as const, outcomeOf);
      expect(got).toBe(expected);
      if (got !== "ok" && actor) {
        expect(await db.auditEvent.count({ where: { actorId: actor.id } }), "a refused call writes no audit row").toBe(auditsBefore);
      }
      if (got !== "ok" && probe.id) {
        expect(
          (await db.application.findUniqueOrThrow({ where: { id: probe.id } })).version,
          "a refused call leaves the case as it was",
        ).toBe(versionBefore);
      }
      if (probe.written) {
        const writtenAfter = await probe.written();
        if (got === "ok") expect(writtenAfter, "an allowed call did write").not.toEqual(writtenBefore);
        else expect(writtenAfter, "a refused call writes no reference row").toEqual(writtenBefore);
      }
    },
  );
});
