// Bad input through every server action's own form parsing (issue #9, "Proofs"): the action functions
// themselves are called, with Next's request APIs replaced by stand-ins (redirect → a thrown signal,
// the session → a forged actor, the database → the test's), and fed arbitrary FormData — unicode,
// NUL, huge numbers, real and fake ids, files with hostile names. Every call must end in what a
// browser can show: a same-site redirect carrying a code, or a form state whose every problem has a
// message — never another throw (a 500) and never the "unexpected error" path. docs/decisions/0231.
import { randomUUID } from "node:crypto";
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
import { startApplication } from "@/lib/applications/start-application";
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
import { ensurePlace, memoryStore, PDF, registeredApplicant } from "./apply-fixtures";
import { makeCase, makeClerk } from "./casework-fixtures";

const db = useTestDb();
const store = memoryStore();
let applicant: Actor;
let clerk: Actor;
let admin: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h.state.db = db;
  setBlobStore(store);
  process.env.NEXTAUTH_SECRET ??= "property-test-secret-0123456789abcdef";
  const place = await ensurePlace(db);
  applicant = await registeredApplicant(db);
  clerk = await makeClerk(db, place.station.id, { lead: true });
  const ref = { user: { id: applicant.id }, person: { id: applicant.personId! } };
  ids.draft = (
    await startApplication({
      db,
      actor: applicant,
      kind: "SETTLEMENT",
      jurisdiction: "chenzhou",
      unitCode: place.district.code,
      stationCode: place.station.code,
      createKey: randomUUID(),
      now: new Date(),
    })
  ).id;
  ids.submitted = (await makeCase(db, { stationId: place.station.id, policyUnitId: place.city.id, applicant: ref })).id;
  const review = await makeCase(db, {
    stationId: place.station.id,
    policyUnitId: place.city.id,
    applicant: ref,
    status: "IN_REVIEW",
    assigneeId: clerk.id,
  });
  ids.review = review.id;
  ids.document = (
    await db.document.create({
      data: {
        applicationId: review.id,
        kind: "id_card",
        fileName: "id.pdf",
        sha256: "0".repeat(64),
        sizeBytes: 10,
        mediaType: "application/pdf",
        uploadedById: applicant.id,
      },
    })
  ).id;
  ids.clerk = clerk.id;
  const adminUser = await db.user.create({
    data: { username: `prop-admin-${randomUUID().slice(0, 6)}`, passwordHash: "x", displayName: "管理员", role: "ADMIN" },
  });
  admin = {
    id: adminUser.id,
    role: "ADMIN",
    displayName: "管理员",
    stationId: null,
    jurisdictionId: null,
    scopePath: null,
    personId: null,
  };
  ids.staff = (await makeClerk(db, place.station.id)).id;
  // A resident of their own for the counter reset (each good post resets the password once more).
  const resident = await registeredApplicant(db);
  ids.residentUsername = (await db.user.findUniqueOrThrow({ where: { id: resident.id } })).username;
  ids.residentName = resident.displayName;
  ids.stationId = place.station.id;
  ids.stationName = place.station.name;
  ids.districtCode = place.district.code;
  ids.stationCode = place.station.code;
  ids.draftDocument = (
    await db.document.create({
      data: {
        applicationId: ids.draft,
        kind: "id_card",
        fileName: "id.pdf",
        sha256: "1".repeat(64),
        sizeBytes: 10,
        mediaType: "application/pdf",
        uploadedById: applicant.id,
      },
    })
  ).id;
});
afterAll(async () => {
  setBlobStore(null);
});

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "../../etc/passwd",
    "%00",
    "\ud800",
    "1e309",
    "-1",
    "0",
    "1",
    "2",
    "99999999999999999999",
    "NaN",
    "on",
    "1",
    "existing",
    "collective",
    "new_family",
    "queue",
    "case",
    "ACCEPTED",
    "PROBLEM",
    "PENDING",
    "settlement",
    "about",
    "home",
    "family",
    "add",
    "remove-0",
    "id_card",
    "lease",
    "spouse",
    "SPOUSE",
    "123456789012",
    "COLLECTIVE_UNIT",
    "chenzhou",
  ),
  fc.uuid().map(String),
  fc.string({ minLength: 3000, maxLength: 9000 }),
);
/** A well-formed post of each action (what its own form sends), built fresh each run: the current versions. */
type Base = (v: Record<"draft" | "submitted" | "review", string>) => Record<string, string | File>;
const pdf = (name: string) => new File([PDF], name, { type: "application/pdf" });
const clerkCase =
  (extra: Record<string, string> = {}): Base =>
  (v) => ({ applicationId: ids.review, version: v.review, ...extra });
const BASES: Record<string, Base> = {
  startApplicationAction: () => ({
    kind: "settlement",
    jurisdiction: "chenzhou",
    unit: ids.districtCode,
    station: ids.stationCode,
    createKey: randomUUID(),
  }),
  saveSectionAction: (v) => ({
    applicationId: ids.draft,
    section: "home",
    version: v.draft,
    address: "北湖区人民西路 12 号",
    "applicant.residence.type": "rented",
    "applicant.residence.months": "14",
    placement: "new",
  }),
  uploadDocumentAction: () => ({ applicationId: ids.draft, "file-id_card": pdf("身份证.pdf") }),
  removeDocumentAction: () => ({ applicationId: ids.draft, documentId: ids.draftDocument }),
  submitApplicationAction: (v) => ({ applicationId: ids.draft, version: v.draft, explanation: "说明", declaration: "yes" }),
  withdrawAction: (v) => ({ applicationId: ids.submitted, version: v.submitted, reason: "不办了" }),
  rateAction: () => ({ applicationId: ids.submitted, score: "4", comment: "好" }),
  answerMaterialsAction: (v) => ({ applicationId: ids.review, version: v.review, note: "已补", "file-id_card": pdf("补.pdf") }),
  takeCaseAction: (v) => ({ applicationId: ids.submitted, version: v.submitted, from: "queue" }),
  handBackAction: clerkCase(),
  reassignAction: clerkCase({ assigneeId: ids.clerk }),
  verifyIdentityAction: clerkCase(),
  reviewDocumentAction: clerkCase({ documentId: ids.document, review: "PROBLEM", expected: "PENDING", note: "看不清" }),
  revealAction: clerkCase({ memberId: "" }),
  requestMaterialsAction: clerkCase({ items: "id_card", note_id_card: "重新上传", other: "请说明\n第二项", message: "请一次补齐" }),
  approveAction: clerkCase({
    pathwayId: "chenzhou.central-urban.employment-residence-insurance",
    placementType: "existing",
    householdNumber: "430000000001",
    relationToHead: "SPOUSE",
    collectiveType: "COLLECTIVE_UNIT",
    members: randomUUID(),
    against: "on",
    reason: "理由",
    clause: "三(一)",
    needsPathway: "1",
  }),
  refuseAction: clerkCase({ reason: "社保不足", clause: "三(一)" }),
  registerAction: () => ({
    name: "张三",
    citizenId: "430521199206153185",
    phone: "13912345678",
    password: "Long-enough-pass-1",
    passwordConfirm: "Long-enough-pass-1",
    callbackUrl: "/apply",
  }),
  signInAction: () => ({ username: "nobody-here", password: "wrong-password", callbackUrl: "/me" }),
  signOutAction: () => ({}),
  createUserAction: () => ({
    username: `new-${randomUUID().slice(0, 6)}`,
    displayName: "新民警",
    role: "CLERK",
    stationId: ids.stationId,
    passwordMode: "generate",
    password: "",
    stationLead: "on",
  }),
  editUserAction: () => ({ userId: ids.staff, displayName: "改名", role: "CLERK", stationId: ids.stationId }),
  deactivateAction: () => ({ userId: ids.staff }),
  reactivateAction: () => ({ userId: ids.staff }),
  unlockAction: () => ({ userId: ids.staff }),
  resetPasswordAction: () => ({ userId: ids.staff, issuePassword: "on" }),
  updateUnitAction: () => ({
    unitId: ids.stationId,
    name: ids.stationName,
    nameEn: "",
    area: "CENTRAL_URBAN",
    expectedName: ids.stationName,
    expectedNameEn: "",
    expectedArea: "CENTRAL_URBAN",
  }),
  counterResetAction: () => ({ account: ids.residentUsername.toLowerCase(), name: ids.residentName, identityChecked: "on" }),
  changePasswordAction: () => ({ current: "wrong-current-password", password: "A-new-long-password-1", confirm: "A-new-long-password-1" }),
};

/** Each field of the good post is kept, replaced by something hostile (text or a file), or dropped; extra fields are added. */
const hostile = fc.oneof(
  { weight: 4, arbitrary: nasty },
  {
    weight: 1,
    arbitrary: fc.record({
      name: nasty,
      bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(PDF), fc.constant(new Uint8Array(0))),
    }),
  },
);
const mutation = fc.record({
  fate: fc.array(fc.constantFrom("keep", "keep", "keep", "replace", "replace", "drop"), { minLength: 16, maxLength: 16 }),
  replacements: fc.array(hostile, { minLength: 16, maxLength: 16 }),
  extra: fc.array(fc.tuple(nasty, hostile), { maxLength: 4 }),
});

function toFormData(
  base: Record<string, string | File>,
  m: { fate: string[]; replacements: unknown[]; extra: [string, unknown][] },
): FormData {
  const fd = new FormData();
  const put = (k: string, v: unknown) => {
    if (typeof v === "string") fd.append(k, v);
    else if (v instanceof File) fd.append(k, v);
    else if (v && typeof v === "object")
      fd.append(k, new File([(v as { bytes: Uint8Array<ArrayBuffer> }).bytes], (v as { name: string }).name));
  };
  Object.entries(base).forEach(([k, v], i) => {
    const fate = m.fate[i % m.fate.length];
    if (fate === "keep") put(k, v);
    else if (fate === "replace") put(k, m.replacements[i % m.replacements.length]);
  });
  for (const [k, v] of m.extra) put(k, v);
  return fd;
}

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
