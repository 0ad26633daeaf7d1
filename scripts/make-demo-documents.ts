// `npx tsx scripts/make-demo-documents.ts`: writes the demo's sample documents into
// prisma/seed/documents/ — one small PDF per kind of document the demo cases carry (the title in
// Chinese, marked 演示样本 so nobody takes it for a real certificate) and one PNG ID photo. They are
// checked in, so the seed only reads a few kilobytes instead of typesetting PDFs on every run; run this
// again after changing the list (prisma/seed/sample-documents.ts) and commit the files. Decision record 0253.
import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { PDFDocument, rgb } from "pdf-lib";
import { evenGlyphFontkit } from "../lib/certificates/fontkit-even-glyphs";
import { loadCertificateFont } from "../lib/certificates/font";
import { SAMPLE_DIR, SAMPLE_DOCUMENTS } from "../prisma/seed/sample-documents";

const FIXED = new Date("2026-01-01T00:00:00Z");

async function pdf(title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(evenGlyphFontkit as never);
  const [regular, bold] = await Promise.all([loadCertificateFont("regular"), loadCertificateFont("bold")]);
  const font = await doc.embedFont(regular, { subset: true });
  const heavy = await doc.embedFont(bold, { subset: true });
  // Fixed metadata: the same bytes on every run, so the stored hash never changes.
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer("户籍通办 demo data");
  doc.setCreator("户籍通办 demo data");
  doc.setTitle(`${title}（演示样本）`);
  const page = doc.addPage([420, 297]); // A6 landscape: a scan of a card or one page, small
  const ink = rgb(0.15, 0.15, 0.15);
  page.drawRectangle({ x: 12, y: 12, width: 396, height: 273, borderColor: rgb(0.55, 0.1, 0.1), borderWidth: 1.5 });
  page.drawText(title, { x: 30, y: 245, size: 18, font: heavy, color: ink });
  page.drawText("演示样本 · 非真实证件", { x: 30, y: 222, size: 11, font, color: rgb(0.6, 0.1, 0.1) });
  const lines = ["本文件由户籍通办演示数据生成，", "代替申请人上传的材料，", "不含任何真实个人信息。"];
  lines.forEach((line, i) => page.drawText(line, { x: 30, y: 190 - i * 18, size: 10, font, color: ink }));
  page.drawRectangle({
    x: 270,
    y: 60,
    width: 110,
    height: 140,
    color: rgb(0.93, 0.93, 0.9),
    borderColor: rgb(0.7, 0.7, 0.7),
    borderWidth: 0.5,
  });
  page.drawText("材料影像", { x: 305, y: 126, size: 10, font, color: rgb(0.5, 0.5, 0.5) });
  return doc.save({ useObjectStreams: true });
}

/** A 96×128 ID photo: a plain light-blue background and a grey head-and-shoulders silhouette. */
function photo(): Uint8Array {
  const width = 96;
  const height = 128;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < width; x++) {
      const head = (x - 48) ** 2 / 22 ** 2 + (y - 50) ** 2 / 27 ** 2 <= 1;
      const shoulders = y > 86 && (x - 48) ** 2 / 46 ** 2 + (y - 132) ** 2 / 44 ** 2 <= 1;
      const [r, g, b] = head || shoulders ? [120, 124, 130] : [200, 225, 245];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]),
  );
}

async function main() {
  fs.mkdirSync(SAMPLE_DIR, { recursive: true });
  for (const sample of Object.values(SAMPLE_DOCUMENTS)) {
    const bytes = sample.mediaType === "image/png" ? photo() : await pdf(sample.fileName.replace(/\.[a-z]+$/, ""));
    fs.writeFileSync(path.join(SAMPLE_DIR, sample.file), bytes);
    console.log(`${sample.file}: ${bytes.byteLength} bytes`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
