// The posts of action-inputs.property.test.ts: a well-formed post of each action (what its own form
// sends) and the hostile mutations of it fast-check draws — each field kept, replaced or dropped, extras added.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { HOSTILE_STRINGS } from "@/tests/factories/hostile-strings";
import { PDF } from "./apply-fixtures";
import { ids } from "./action-inputs-world";

export const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    ...HOSTILE_STRINGS,
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
export type Base = (v: Record<"draft" | "submitted" | "review", string>) => Record<string, string | File>;
const pdf = (name: string) => new File([PDF], name, { type: "application/pdf" });
const clerkCase =
  (extra: Record<string, string> = {}): Base =>
  (v) => ({ applicationId: ids.review, version: v.review, ...extra });
export const BASES: Record<string, Base> = {
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
export const hostile = fc.oneof(
  { weight: 4, arbitrary: nasty },
  {
    weight: 1,
    arbitrary: fc.record({
      name: nasty,
      bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(PDF), fc.constant(new Uint8Array(0))),
    }),
  },
);
export const mutation = fc.record({
  fate: fc.array(fc.constantFrom("keep", "keep", "keep", "replace", "replace", "drop"), { minLength: 16, maxLength: 16 }),
  replacements: fc.array(hostile, { minLength: 16, maxLength: 16 }),
  extra: fc.array(fc.tuple(nasty, hostile), { maxLength: 4 }),
});

export function toFormData(
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
