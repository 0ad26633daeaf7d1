// Issue 16, L6: a stored or served file name shows what the file is — no bidi or invisible characters,
// and the extension of the type sniffed from the bytes, never the uploader's.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cleanFileName, contentDisposition, extensionOf } from "./file-names";

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

describe("cleanFileName", () => {
  it.each([
    ["invoice\u202Efdp.exe", "pdf", "invoicefdp.pdf"],
    ["invoice\u202Egnp.exe", "png", "invoicegnp.png"],
    ["ID\u200B\u200Dcard\uFEFF.pdf", "pdf", "IDcard.pdf"],
    ["\u2066scan\u2069.jpg", "jpg", "scan.jpg"],
    ["photo.JPEG", "jpg", "photo.JPEG"],
    ["photo.jpeg", "jpg", "photo.jpeg"],
    ["scan", "pdf", "scan.pdf"],
    ["report.pdf.exe", "pdf", "report.pdf"],
    ["身份证 正面.png", "png", "身份证 正面.png"],
    ["C:\\Users\\a\\lease.pdf", "pdf", "lease.pdf"],
    ["\u202E", "pdf", "document.pdf"],
    ["..", "png", "document.png"],
    [".pdf", "pdf", "document.pdf"],
  ])("%j as %s → %j", (name, ext, expected) => {
    expect(cleanFileName(name, ext)).toBe(expected);
  });

  it("never leaves an invisible character or a foreign extension, at most 120 characters", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ maxLength: 30 }),
        fc.constantFrom("pdf", "jpg", "png"),
        (name, tail, ext) => {
          const clean = cleanFileName(`${name}${tail}`, ext);
          expect(clean).not.toMatch(INVISIBLE);
          expect(clean).not.toMatch(/[\\/"]/);
          expect(clean.length).toBeLessThanOrEqual(120);
          expect(clean.toLowerCase().endsWith(`.${ext}`) || (ext === "jpg" && clean.toLowerCase().endsWith(".jpeg"))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("extensionOf", () => {
  it("names the accepted types' extensions", () => {
    expect(extensionOf("application/pdf")).toBe("pdf");
    expect(extensionOf("image/jpeg")).toBe("jpg");
    expect(extensionOf("image/png")).toBe("png");
  });
});

describe("contentDisposition", () => {
  it("sends an attachment with an ASCII fallback and an RFC 8187 filename*", () => {
    const header = contentDisposition({ fileName: "户口簿 (1)'s.pdf", fallback: "document-1234.pdf" });
    expect(header).toBe(`attachment; filename="document-1234.pdf"; filename*=UTF-8''%E6%88%B7%E5%8F%A3%E7%B0%BF%20%281%29%27s.pdf`);
  });

  it("keeps only header-safe characters in either part, whatever the name", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ maxLength: 40 }), (name, fallback) => {
        const header = contentDisposition({ fileName: name, fallback, disposition: "inline" });
        expect(header).toMatch(/^inline; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]*$/);
        expect(header.match(/"/g)).toHaveLength(2);
        expect(() => new Headers({ "Content-Disposition": header })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
