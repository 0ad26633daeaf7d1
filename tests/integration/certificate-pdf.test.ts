// A certificate issued as approval issues it, rendered as a PDF: it parses, it is small (the CJK font
// is a subset), it carries its code, and — where poppler is installed — its Chinese comes out as text
// and renders to an image (saved to test-results/ for a person to look at).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { useTestDb } from "@/tests/factories/use-test-db";
import { hasCommand, pdfText } from "./pdf-tools";
import { downloadCertificate, readCertificate } from "@/lib/certificates/read-certificate";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { checkVerificationCode } from "@/lib/certificates/code";
import { makePerson } from "@/tests/factories/people";
import { makeActor, makeCertificate, makeStation } from "./certificate-fixtures";

const db = useTestDb();
let bytes: Uint8Array;
let code: string;
let certificateId: string;

beforeAll(async () => {
  const station = await makeStation(db);
  const person = await makePerson(db, { name: "张三丰", region: "431002", birthDate: "1990-01-01" });
  const applicant = await makeActor(db, { role: "APPLICANT", personId: person.id });
  const clerk = await makeActor(db, { role: "CLERK", stationId: station.id });
  const issued = await makeCertificate(db, { stationId: station.id, applicant, holderId: person.id, clerkId: clerk.id });
  code = issued.code;
  certificateId = issued.id;
  const file = await downloadCertificate({ db, actor: applicant, certificateId, baseUrl: "https://hukou.example.cn" });
  bytes = file.bytes;
  expect(file.fileName).toBe(`准予迁入证明-${code}.pdf`);
});

describe("the certificate PDF", () => {
  it("was issued with a code that passes its check", () => {
    expect(checkVerificationCode(code)).toEqual({ ok: true, code });
  });

  it("parses with pdf-lib: one A4 page, the code in its metadata", async () => {
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    expect(pdf.getSubject()).toBe(code);
    expect(pdf.getTitle()).toContain("准予迁入证明");
  });

  it("embeds a subset of the font, not the 10 MB file", () => {
    expect(bytes.byteLength).toBeGreaterThan(5_000);
    expect(bytes.byteLength).toBeLessThan(200_000);
  });

  it("records the download in the audit trail", async () => {
    const rows = await db.auditEvent.findMany({ where: { entityType: "Certificate", entityId: certificateId } });
    expect(rows.map((r) => r.action).sort()).toEqual(["certificate.download", "certificate.issue"]);
  });

  it("renders the same document from the same row (dated by the issue date, not the download)", async () => {
    const applicantRow = await db.certificate.findUniqueOrThrow({ where: { id: certificateId }, include: { application: true } });
    const actor = await db.user.findUniqueOrThrow({ where: { id: applicantRow.application!.applicantUserId } });
    const view = await readCertificate({
      db,
      actor: {
        id: actor.id,
        role: "APPLICANT",
        displayName: "",
        stationId: null,
        jurisdictionId: null,
        scopePath: null,
        personId: actor.personId,
      },
      certificateId,
    });
    const again = await renderCertificatePdf({ certificate: view, verifyUrl: `https://hukou.example.cn/verify/${code}` });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it.skipIf(!hasCommand("pdftotext"))("has its Chinese and its code as real text (poppler's pdftotext)", () => {
    const text = pdfText(bytes);
    for (const expected of [
      "准予迁入证明",
      "张三丰",
      "4310**********",
      "湖南省郴州市北湖区人民西路",
      "郴政发〔2016〕1号",
      "2026年11月20日",
      "测试市公安局人民路派出所",
      code,
    ]) {
      expect(text).toContain(expected);
    }
    // The address may wrap onto a second line.
    expect(text.replace(/\s+/g, "")).toContain(`https://hukou.example.cn/verify/${code}`);
    // The full citizen ID is never printed.
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });

  it.skipIf(!hasCommand("pdftoppm"))("renders to an image (test-results/screenshots/certificate-pdf-1.png)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cert-png-"));
    const pdfFile = path.join(dir, "certificate.pdf");
    fs.writeFileSync(pdfFile, bytes);
    execFileSync("pdftoppm", ["-r", "80", "-png", pdfFile, path.join(dir, "page")]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith(".png"))!;
    const image = fs.readFileSync(path.join(dir, png));
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    const out = path.resolve("test-results/screenshots");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "certificate-pdf-1.png"), image);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
