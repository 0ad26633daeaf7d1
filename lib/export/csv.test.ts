import { describe, expect, it } from "vitest";
import { csvHeaders, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a BOM, quotes what needs quoting and ends rows with CRLF", () => {
    const csv = toCsv({
      header: ["县", "说明"],
      rows: [
        ["都匀市", 'a "quoted", line\nbreak'],
        [12, null],
      ],
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('县,说明\r\n都匀市,"a ""quoted"", line\nbreak"\r\n12,\r\n');
  });

  it("defuses text that a spreadsheet would run as a formula, but not numbers", () => {
    const csv = toCsv({ header: ["x"], rows: [['=HYPERLINK("http://x")'], ["+1"], ["@SUM(A1)"], [-5]] });
    expect(csv.slice(1).split("\r\n")).toEqual(["x", `"'=HYPERLINK(""http://x"")"`, "'+1", "'@SUM(A1)", "-5", ""]);
  });

  it("names a Chinese file for every browser", () => {
    const h = csvHeaders("黔南考核2018.csv");
    expect(h["Content-Type"]).toBe("text/csv; charset=utf-8");
    expect(h["Content-Disposition"]).toContain("filename*=UTF-8''%E9%BB%94");
    expect(h["Content-Disposition"]).toMatch(/filename="[ -~]+"/);
  });
});
