// The clerk's view of the facts: words, grouped by the sections the resident filled, "未填写" for what
// was not answered — never the request's defaults (months 0, no hukou) shown as answers.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { translator } from "@/lib/i18n";
import { parseEligibilityRequest } from "@/lib/policy";
import { factsInWords } from "@/lib/applications/facts-in-words";
import { requestFromForm } from "@/lib/applications/application-form";
import { RENTER_ANSWERS } from "@/tests/factories/chenzhou-renter";
import { noHukouChild } from "@/tests/factories/no-hukou-child";
import { FactsView } from "./facts-view";

// The README's resident without the months of employment (left unanswered).
const formData = {
  ...RENTER_ANSWERS,
  work: { "applicant.employment.type": "employee", "applicant.socialInsurance.urbanMonths": "12" },
};
// What submission stores: the validated request, with the schema's defaults filled in.
const body = requestFromForm({
  kind: "SETTLEMENT",
  jurisdiction: "chenzhou",
  area: "CENTRAL_URBAN",
  birthDate: "1990-04-01",
  formData,
  asOf: "2026-12-07",
});
const parsed = parseEligibilityRequest({ body, today: "2026-12-07" });
if (!parsed.ok) throw new Error("invalid fixture");
const stored = JSON.parse(JSON.stringify(parsed.request));

function html(options: { formData: unknown; locale?: "zh-CN" | "en" }) {
  const facts = factsInWords({ kind: "SETTLEMENT", policyCode: "chenzhou", formData: options.formData, facts: stored });
  const locale = options.locale ?? "zh-CN";
  return renderToStaticMarkup(createElement(FactsView, { facts, t: translator(locale), locale }));
}

describe("the clerk's view of the facts", () => {
  it("shows answers in words, grouped by the task-list sections", () => {
    const out = html({ formData });
    for (const words of [
      "关于您",
      "将要居住的地方",
      "工作和社会保险",
      "随迁家属",
      "外地",
      "租赁住房",
      "14 个月",
      "受雇就业",
      "12 个月",
      "大学本科",
      "配偶",
      "1991-02-03",
    ]) {
      expect(out).toContain(words);
    }
    expect(out).not.toContain("applicant.");
    expect(out).not.toContain("{");
    // Names and ID numbers are not facts the engine reads: the applicant panel shows them, masked where due.
    expect(out).not.toContain("李梅");
  });

  it("says 未填写 for what the resident did not answer, where the stored request holds a default 0", () => {
    const work = { "applicant.employment.type": "employee" };
    const body = requestFromForm({
      kind: "SETTLEMENT",
      jurisdiction: "chenzhou",
      area: "CENTRAL_URBAN",
      birthDate: "1990-04-01",
      formData: { ...formData, work },
      asOf: "2026-12-07",
    });
    const request = parseEligibilityRequest({ body, today: "2026-12-07" });
    if (!request.ok) throw new Error("invalid");
    expect(request.request.applicant.socialInsurance.urbanMonths).toBe(0);
    const facts = factsInWords({
      kind: "SETTLEMENT",
      policyCode: "chenzhou",
      formData: { ...formData, work },
      facts: JSON.parse(JSON.stringify(request.request)),
    });
    const rows = facts.groups.find((g) => g.section === "work")!.rows;
    expect(rows.find((r) => r.name === "applicant.socialInsurance.urbanMonths")?.answer).toEqual({ type: "unanswered" });
    expect(rows.find((r) => r.name === "applicant.employment.type")?.answer).toMatchObject({ type: "option", option: "employee" });
    const out = renderToStaticMarkup(createElement(FactsView, { facts, t: translator("zh-CN"), locale: "zh-CN" }));
    expect(out).toContain("未填写");
    expect(out).not.toContain("0 个月");
  });

  it("an unsaved section is all 未填写, its unticked boxes included (not 否)", () => {
    const { work: _work, ...partial } = formData;
    const facts = factsInWords({ kind: "SETTLEMENT", policyCode: "chenzhou", formData: partial, facts: stored });
    const work = facts.groups.find((g) => g.section === "work")!;
    expect(work.rows.length).toBeGreaterThan(0);
    expect(work.rows.every((r) => r.answer.type === "unanswered")).toBe(true);
  });

  it("speaks English too", () => {
    const out = html({ formData, locale: "en" });
    expect(out).toContain("Not answered");
    expect(out).toContain("14 months");
  });

  it("without the answers as typed (older cases), shows the stored request and says defaults may be among it", () => {
    const out = html({ formData: null });
    expect(out).toContain("可能含有系统默认值");
    expect(out).toContain("租赁住房");
  });

  it("a no-hukou registration shows what the resident told about the person, without name or address", () => {
    const person = noHukouChild({ placement: "new" });
    const facts = factsInWords({
      kind: "NO_HUKOU_REGISTRATION",
      policyCode: "chenzhou",
      formData: { person },
      facts: { kind: "no_hukou_registration", answers: person },
    });
    const out = renderToStaticMarkup(createElement(FactsView, { facts, t: translator("zh-CN"), locale: "zh-CN" }));
    expect(out).toContain("2015-03-08");
    expect(out).toContain("非婚生育");
    expect(out).not.toContain("王小川");
    expect(out).not.toContain("燕泉路");
  });
});
