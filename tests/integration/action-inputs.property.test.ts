// Bad input through every server action's own form parsing (issue #9, "Proofs"): the action functions
// themselves are called, with Next's request APIs replaced by stand-ins (redirect → a thrown signal,
// the session → a forged actor, the database → the test's), and fed arbitrary FormData — unicode,
// NUL, huge numbers, real and fake ids, files with hostile names. Every call must end in what a
// browser can show: a same-site redirect carrying a code, or a form state whose every problem has a
// message — never another throw (a 500) and never the "unexpected error" path. docs/decisions/0231.
// The rows posted against are in action-inputs-world.ts, the posts and their mutations in action-inputs-posts.ts.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const h = vi.hoisted(() => {
  class RedirectSignal extends Error {
    constructor(readonly url: string) {
      super(`redirect ${url}`);
    }
  }
  return { RedirectSignal, state: { actor: null as unknown, db: null as unknown, unexpected: [] as string[] } };
});

vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new h.RedirectSignal(url);
  },
  notFound: () => {
    throw new h.RedirectSignal("(404)");
  },
  forbidden: () => {
    throw new h.RedirectSignal("(403)");
  },
}));
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ "x-hukou-client-address": "127.0.0.1", "user-agent": "property-test" }),
    cookies: async () => ({
      get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n) } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      set: (n: string, v: string) => jar.set(n, v),
      delete: (n: string) => jar.delete(n),
    }),
  };
});
vi.mock("@/lib/auth/session", () => ({ getActor: async () => h.state.actor }));
vi.mock("@/lib/auth/start-session", () => ({ startSession: async () => {} }));
vi.mock("@/lib/i18n/server", async () => {
  const { translator } = await import("@/lib/i18n");
  return { getT: async () => ({ locale: "zh-CN", t: translator("zh-CN") }), getLocale: async () => "zh-CN" };
});
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/db")>()), getDb: () => h.state.db }));
vi.mock("@/lib/errors", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/errors")>();
  return {
    ...original,
    logUnexpected: (error: unknown, context: string) => {
      h.state.unexpected.push(`${context}: ${error instanceof Error ? error.stack : String(error)}`);
      return "test0000";
    },
  };
});

import { useTestDb } from "@/tests/factories/use-test-db";
import type { Actor } from "@/lib/auth/permissions";
import { setBlobStore } from "@/lib/storage";
import * as applyActions from "@/app/(applicant)/apply/actions";
import * as caseActions from "@/app/(applicant)/me/cases/[id]/actions";
import * as queueActions from "@/app/(clerk)/workbench/actions";
import * as clerkActions from "@/app/(clerk)/workbench/cases/[id]/actions";
import * as registerActions from "@/app/(public)/register/actions";
import * as signInActions from "@/app/(public)/signin/actions";
import * as signOutActions from "@/app/actions/sign-out";
import * as userActions from "@/app/(admin)/admin/users/actions";
import * as unitActions from "@/app/(admin)/admin/units/actions";
import * as passwordActions from "@/app/account/password/actions";
import * as counterResetActions from "@/app/(clerk)/workbench/password-reset/actions";
import { memoryStore } from "./apply-fixtures";
import { ids, setUpActionInputsWorld } from "./action-inputs-world";
import { BASES, mutation, toFormData } from "./action-inputs-posts";

const db = useTestDb();
const store = memoryStore();
let applicant: Actor;
let clerk: Actor;
let admin: Actor;

beforeAll(async () => {
  h.state.db = db;
  setBlobStore(store);
  process.env.NEXTAUTH_SECRET ??= "property-test-secret-0123456789abcdef";
  ({ applicant, clerk, admin } = await setUpActionInputsWorld(db));
});
afterAll(async () => {
  setBlobStore(null);
});

type AnyAction = (...args: never[]) => Promise<unknown>;
const ACTIONS: [string, AnyAction, "applicant" | "clerk" | "admin" | "anonymous", "form" | "state"][] = [
  ["startApplicationAction", applyActions.startApplicationAction, "applicant", "form"],
  ["saveSectionAction", applyActions.saveSectionAction, "applicant", "form"],
  ["uploadDocumentAction", applyActions.uploadDocumentAction, "applicant", "form"],
  ["removeDocumentAction", applyActions.removeDocumentAction, "applicant", "form"],
  ["submitApplicationAction", applyActions.submitApplicationAction, "applicant", "form"],
  ["withdrawAction", caseActions.withdrawAction, "applicant", "state"],
  ["rateAction", caseActions.rateAction, "applicant", "state"],
  ["answerMaterialsAction", caseActions.answerMaterialsAction, "applicant", "state"],
  ["takeCaseAction", queueActions.takeCaseAction, "clerk", "form"],
  ["handBackAction", clerkActions.handBackAction, "clerk", "form"],
  ["reassignAction", clerkActions.reassignAction, "clerk", "form"],
  ["verifyIdentityAction", clerkActions.verifyIdentityAction, "clerk", "form"],
  ["reviewDocumentAction", clerkActions.reviewDocumentAction, "clerk", "form"],
  ["revealAction", clerkActions.revealAction, "clerk", "state"],
  ["requestMaterialsAction", clerkActions.requestMaterialsAction, "clerk", "state"],
  ["approveAction", clerkActions.approveAction, "clerk", "state"],
  ["refuseAction", clerkActions.refuseAction, "clerk", "state"],
  ["registerAction", registerActions.registerAction, "anonymous", "state"],
  ["signInAction", signInActions.signInAction, "anonymous", "state"],
  ["signOutAction", signOutActions.signOutAction as AnyAction, "anonymous", "form"],
  ["createUserAction", userActions.createUserAction, "admin", "state"],
  ["editUserAction", userActions.editUserAction, "admin", "state"],
  ["deactivateAction", userActions.deactivateAction, "admin", "form"],
  ["reactivateAction", userActions.reactivateAction, "admin", "form"],
  ["unlockAction", userActions.unlockAction, "admin", "form"],
  ["resetPasswordAction", userActions.resetPasswordAction, "admin", "state"],
  ["updateUnitAction", unitActions.updateUnitAction, "admin", "state"],
  ["changePasswordAction", passwordActions.changePasswordAction, "clerk", "state"],
  ["counterResetAction", counterResetActions.counterResetAction, "clerk", "state"],
];

/** What the browser gets: a same-site redirect without the unexpected-error code, or a state with messages. */
async function outcome(action: AnyAction, shape: "form" | "state", fd: FormData): Promise<string> {
  try {
    const state = await (shape === "form"
      ? (action as (f: FormData) => Promise<unknown>)(fd)
      : (action as (p: unknown, f: FormData) => Promise<unknown>)({ errors: [], values: {} }, fd));
    if (state === undefined) return "done";
    const s = state as { errors?: { message?: string; text?: string }[]; error?: unknown; unexpected?: string };
    expect(s.unexpected, "registration's unexpected-error id").toBeUndefined();
    if (Array.isArray(s.errors)) for (const e of s.errors) expect((e.message ?? e.text ?? "").length, JSON.stringify(e)).toBeGreaterThan(0);
    if ("error" in s) expect(s.error).not.toBe("UNEXPECTED");
    return "state";
  } catch (error) {
    if (!(error instanceof h.RedirectSignal)) throw error;
    expect(error.url.startsWith("/") && !error.url.startsWith("//"), error.url).toBe(true);
    expect(error.url).not.toContain("UNEXPECTED");
    // The URL becomes a Location header: a control character there is a 500 from the HTTP layer.
    // eslint-disable-next-line no-control-regex
    expect(error.url, "a control character in a redirect").not.toMatch(/[\u0000-\u001f\u007f]/);
    return "redirect";
  }
}

describe.each(ACTIONS)("%s with arbitrary form data", (name, action, who, shape) => {
  it("has a well-formed post to start from", () => expect(BASES[name]).toBeTypeOf("function"));

  it("answers with a redirect or a form state with messages, never a throw or an unexpected error", async () => {
    h.state.actor = who === "applicant" ? applicant : who === "clerk" ? clerk : who === "admin" ? admin : null;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        h.state.unexpected = [];
        const rows = await db.application.findMany({
          where: { id: { in: [ids.draft, ids.submitted, ids.review] } },
          select: { id: true, version: true },
        });
        const version = (id: string) => String(rows.find((r) => r.id === id)?.version ?? 1);
        const base = BASES[name]({ draft: version(ids.draft), submitted: version(ids.submitted), review: version(ids.review) });
        await outcome(action, shape, toFormData(base, m as never));
        expect(h.state.unexpected, `${name} logged an unexpected error`).toEqual([]);
      }),
      { seed: 909, numRuns: 40, endOnFailure: true },
    );
  });
});
