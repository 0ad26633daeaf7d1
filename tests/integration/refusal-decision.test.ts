// A refusal is a written decision (行政许可法 第三十八条): the refusal's transaction issues a
// 不予许可决定书 (REFUSAL_DECISION) with the reasons, the clause, the station and its 公安局, the date and
// the appeal rights; it renders like every certificate, /verify finds it, the applicant's notice points
// to it. Refusing what the engine found eligible needs a written reason and is marked for the supervisor.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/factories/use-test-db";
import { hasCommand, pdfText } from "./pdf-tools";
import type { Actor } from "@/lib/auth/permissions";
import { refuseApplication } from "@/lib/applications/refuse-application";
import { downloadCertificate } from "@/lib/certificates/read-certificate";
import { verifyCertificate } from "@/lib/certificates/verify";
import { listSupervisionCases } from "@/lib/stats/supervision-cases";
import { parsePeriod } from "@/lib/stats/period";
import { todayInChina } from "@/lib/policy";
import { makeCase } from "@/tests/factories/cases";
import { SETTLEMENT_FACTS } from "@/tests/factories/chenzhou-renter";
import { makeApplicant } from "@/tests/factories/applicants";
import { actorOf, makeClerk } from "@/tests/factories/staff";
import { makeTree } from "@/tests/factories/units";
import { makeSupervisor } from "@/tests/factories/staff";
import { domainErrorCode as codeOf } from "@/tests/factories/domain-error";

const NOT_ELIGIBLE = {
  ...SETTLEMENT_FACTS,
  applicant: {
    ...SETTLEMENT_FACTS.applicant,
    employment: { type: "none", months: 0 },
    socialInsurance: { urbanMonths: 0, medical: false },
  },
};

const db = useTestDb();
let tree: Awaited<ReturnType<typeof makeTree>>;
let clerk: Actor;
let clerk2: Actor;

beforeAll(async () => {
  tree = await makeTree(db);
  clerk = await makeClerk(db, tree.station.id);
  clerk2 = await makeClerk(db, tree.station.id);
});

describe("the 不予许可决定书", () => {
  let app: Awaited<ReturnType<typeof makeCase>>;
  let applicant: Awaited<ReturnType<typeof makeApplicant>>;
  let certificateId: string;
  let code: string;

  beforeAll(async () => {
    applicant = await makeApplicant(db);
    app = await makeCase(db, { at: tree, applicant, facts: NOT_ELIGIBLE, status: "IN_REVIEW", assigneeId: clerk.id });
    const result = await refuseApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      reason: "未提供合法稳定就业证明，未参加城镇社会保险",
      clause: "郴政发〔2016〕1号 三(一)",
    });
    expect(result.certificate).toBeDefined();
    certificateId = result.certificate.id;
    code = result.certificate.code;
  });

  it("is issued with the refusal: one REFUSAL_DECISION for the applicant, with the reasons, clause, station, 公安局 and review body", async () => {
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id }, include: { certificates: true } });
    expect(row).toMatchObject({ status: "REJECTED", againstEngine: false });
    expect(row.certificates).toHaveLength(1);
    const cert = row.certificates[0];
    expect(cert).toMatchObject({
      id: certificateId,
      kind: "REFUSAL_DECISION",
      holderId: applicant.person.id,
      stationId: tree.station.id,
      applicationId: app.id,
    });
    expect(cert.data).toMatchObject({
      reason: "未提供合法稳定就业证明，未参加城镇社会保险",
      clause: "郴政发〔2016〕1号 三(一)",
      stationName: "测试一派出所",
      bureauName: `${tree.city.name}公安局测试分局`,
      reviewBody: "测试区人民政府",
      applicationNumber: app.number,
    });
    expect(await db.auditEvent.count({ where: { entityId: certificateId, action: "certificate.issue" } })).toBe(1);
  });

  it("tells the applicant in the notice: the decision document, its code, and the appeal rights", async () => {
    const notice = await db.notice.findFirstOrThrow({ where: { applicationId: app.id, kind: "rejected" } });
    expect(notice.data).toMatchObject({ certificateId, certificateCode: code, reviewBody: "测试区人民政府" });
  });

  it("is issued in the refusal's transaction: a refusal that loses the race leaves no decision document", async () => {
    const a = await makeApplicant(db);
    const raced = await makeCase(db, { at: tree, applicant: a, facts: NOT_ELIGIBLE, status: "IN_REVIEW", assigneeId: clerk.id });
    const codes = await Promise.all([
      codeOf(refuseApplication({ db, actor: clerk, applicationId: raced.id, expectedVersion: 1, reason: "不符合", clause: "三(一)" })),
      codeOf(refuseApplication({ db, actor: clerk2, applicationId: raced.id, expectedVersion: 1, reason: "不符合条件", clause: "三(一)" })),
    ]);
    expect(codes.sort()).toEqual(["OK", "STALE"]);
    expect(await db.certificate.count({ where: { applicationId: raced.id } })).toBe(1);
    expect(await db.caseEvent.count({ where: { applicationId: raced.id } })).toBe(1);
  });

  it("renders as a PDF with the appeal rights (行政复议 60 days, 行政诉讼 6 months) and 行政许可法 第三十八条", async () => {
    const file = await downloadCertificate({
      db,
      actor: actorOf(applicant.user, null),
      certificateId,
      baseUrl: "https://hukou.example.cn",
    });
    expect(file.fileName).toBe(`不予许可决定书-${code}.pdf`);
    const dir = path.resolve("test-results/screenshots");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "refusal-decision.pdf"), file.bytes);
    if (!hasCommand("pdftotext")) return;
    const text = pdfText(file.bytes).replace(/\s+/g, "");
    for (const expected of [
      "不予许可决定书",
      "申请人",
      app.number,
      "未提供合法稳定就业证明",
      "郴政发〔2016〕1号三(一)",
      "测试一派出所",
      `${tree.city.name}公安局测试分局`,
      "《中华人民共和国行政许可法》第三十八条",
      "如不服本决定，可以自收到本决定书之日起六十日内向测试区人民政府申请行政复议，或者自收到本决定书之日起六个月内向人民法院提起行政诉讼",
      code,
    ])
      expect(text).toContain(expected);
    if (hasCommand("pdftoppm"))
      execFileSync("pdftoppm", [
        "-r",
        "80",
        "-png",
        "-singlefile",
        path.join(dir, "refusal-decision.pdf"),
        path.join(dir, "refusal-decision"),
      ]);
  });

  it("is found by /verify: kind, date, station, holder masked", async () => {
    const v = await verifyCertificate({ db, code });
    expect(v).toMatchObject({
      state: "genuine",
      kind: "REFUSAL_DECISION",
      stationName: "测试一派出所",
      holderName: "申**",
      issuedOn: todayInChina({ now: new Date() }),
    });
  });
});

describe("refusing what the engine found eligible", () => {
  it("needs a written reason, and is marked against the engine and listed for the supervisor as a refusal", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, status: "IN_REVIEW", assigneeId: clerk.id });
    expect(app.eligibleAtSubmission).toBe(true);
    expect(
      await codeOf(
        refuseApplication({
          db,
          actor: clerk,
          applicationId: app.id,
          expectedVersion: 1,
          reason: "  ",
          clause: "郴政发〔2016〕1号 三(一)",
        }),
      ),
    ).toBe("VALIDATION");
    expect(await db.certificate.count({ where: { applicationId: app.id } })).toBe(0);
    await refuseApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      reason: "经核实，所提供劳动合同系伪造",
      clause: "郴政发〔2016〕1号 三(一)",
    });
    const row = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(row).toMatchObject({ status: "REJECTED", againstEngine: true, decisionReason: "经核实，所提供劳动合同系伪造" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: app.id, action: "application.refuse" } });
    expect(audit.data).toMatchObject({ againstEngine: true });

    const supervisor = await makeSupervisor(db, tree.county);
    const today = todayInChina({ now: new Date() });
    const { period } = parsePeriod({ query: { period: "custom", from: today, to: today }, today });
    const against = await listSupervisionCases({ db, actor: supervisor, filter: { decided: "against" }, period });
    expect(against.rows.find((r) => r.id === app.id)).toMatchObject({ status: "REJECTED", againstEngine: true });
  });

  it("a refusal the engine agrees with is not marked", async () => {
    const applicant = await makeApplicant(db);
    const app = await makeCase(db, { at: tree, applicant, facts: NOT_ELIGIBLE, status: "IN_REVIEW", assigneeId: clerk.id });
    await refuseApplication({
      db,
      actor: clerk,
      applicationId: app.id,
      expectedVersion: 1,
      reason: "不符合三(一)",
      clause: "郴政发〔2016〕1号 三(一)",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).againstEngine).toBe(false);
  });
});
