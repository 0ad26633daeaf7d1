import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n";
import { makeCitizenId, parseCitizenId } from "./citizen-id";
import { citizenIdProblemKey } from "./citizen-id-messages";

const good = makeCitizenId({ region: "431002", birthDate: "1990-04-01", sequence: 123, sex: "MALE" });
const wrongCheck = good.slice(0, 17) + (good[17] === "1" ? "2" : "1");

describe("citizen ID messages", () => {
  it.each([
    ["too short", good.slice(0, 17), "LENGTH", "公民身份号码应为 18 位"],
    ["a letter inside", `${good.slice(0, 5)}A${good.slice(6)}`, "FORMAT", "公民身份号码只能是数字，最后一位可以是 X"],
    ["31 February", "431002" + "19900231" + "123" + "0", "BIRTH_DATE", "公民身份号码中的出生日期不存在"],
    ["a mistyped digit", wrongCheck, "CHECK_DIGIT", "公民身份号码的校验位不对，请核对是否输错"],
  ])("%s gets its own message", (_label, input, problem, zh) => {
    const parsed = parseCitizenId({ input, today: "2026-11-21" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toBe(problem);
    expect(translate("zh-CN", citizenIdProblemKey(parsed.problem))).toBe(zh);
    expect(translate("en", citizenIdProblemKey(parsed.problem))).not.toBe(citizenIdProblemKey(parsed.problem));
  });

  it("gives four different messages", () => {
    const all = (["LENGTH", "FORMAT", "BIRTH_DATE", "CHECK_DIGIT"] as const).map((p) => translate("zh-CN", citizenIdProblemKey(p)));
    expect(new Set(all).size).toBe(4);
  });
});
