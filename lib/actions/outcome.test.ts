import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n";
import { readOutcome } from "./outcome";

const t = translator("zh-CN");

describe("readOutcome: the one query shape of a no-JavaScript form's outcome", () => {
  const own = {
    done: (code: string) => (code === "saved" ? "已保存" : null),
    error: (code: string) => (code === "lastAdmin" ? "不能停用最后一个管理员" : null),
  };

  it("words a success and a refusal of the page's own", () => {
    expect(readOutcome(t, { done: "saved" }, own)).toEqual({ done: "已保存", error: null });
    expect(readOutcome(t, { error: "lastAdmin" }, own)).toEqual({ done: null, error: "不能停用最后一个管理员" });
  });

  it("words a domain code from the errors catalogue, and the unexpected with its id", () => {
    expect(readOutcome(t, { error: "FORBIDDEN" }, own).error).toBe(t("errors.FORBIDDEN"));
    const unexpected = readOutcome(t, { error: "UNEXPECTED", id: "0a1b2c3d" }, own).error;
    expect(unexpected).toBe(`${t("common.genericError")} ${t("common.errorId", { id: "0a1b2c3d" })}`);
  });

  it("shows nothing for an unknown code, a forged id or text of the sender's own", () => {
    expect(readOutcome(t, { done: "<script>", error: "您的账号已被盗" }, own)).toEqual({ done: null, error: null });
    expect(readOutcome(t, { error: "UNEXPECTED", id: "not-an-id" }, own)).toEqual({ done: null, error: null });
    expect(readOutcome(t, { error: ["STALE", "FORBIDDEN"] }, own).error).toBe(t("errors.STALE"));
  });
});
