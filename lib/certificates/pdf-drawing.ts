// Drawing primitives of the certificate PDF (pdf.ts): text wrapped character by character, and the QR
// code as vector squares.
import { rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";

/** Breaks text into lines no wider than `width` (character by character: CJK has no spaces to break at). */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of Array.from(text)) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = ch.trim() ? ch : "";
    } else {
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The QR code as filled squares, one rectangle per horizontal run of dark modules. */
export function drawQr(page: PDFPage, options: { text: string; x: number; y: number; size: number }) {
  const qr = QRCode.create(options.text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const cell = options.size / n;
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      page.drawRectangle({
        x: options.x + start * cell,
        y: options.y + options.size - (row + 1) * cell,
        width: (col - start) * cell,
        // A hair taller than the cell so neighbouring rows print without white seams.
        height: cell + 0.05,
        color: rgb(0, 0, 0),
      });
    }
  }
}
