import { describe, expect, it } from "vitest";
import { en } from "./en";
import { translate } from "./index";
import { zhCN } from "./zh-cn";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe("i18n catalogue", () => {
  it("has the same keys in Chinese and English, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const k of keys(zhCN)) expect(translate("zh-CN", k as never).length, k).toBeGreaterThan(0);
  });

  it("interpolates variables and keeps unknown placeholders visible", () => {
    expect(translate("zh-CN", "workbench.queue.taken", { number: "SQ-1" })).toBe("已受理申请 SQ-1，现由您承办。");
    expect(translate("en", "common.signedInAs", { name: "Li" })).toBe("Signed in: Li ({role})");
  });
});
