import { describe, expect, it } from "vitest";
import { translate } from "@/lib/i18n";
import { DECLARATION_TEXT } from "./declaration";

describe("the 如实申报承诺", () => {
  it("is recorded in the very words the Chinese page shows", () => {
    expect(translate("zh-CN", "care.declaration.text")).toBe(DECLARATION_TEXT);
  });
});
