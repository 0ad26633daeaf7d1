// Renders a certificate row as an A4 PDF: title, issuer, holder, what is certified, date, and the
// verification code as text and as a QR code drawn from vector squares (no raster, stays sharp when
// printed). Rendered on each download from the row, so the PDF and /verify/<code> cannot disagree.
// Chinese is drawn with a subset of Noto Sans SC embedded in the file (lib/certificates/font.ts), so
// it prints the same on a machine with no CJK fonts at all.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { evenGlyphFontkit } from "./fontkit-even-glyphs";
import type { CertificateKind } from "@/lib/generated/prisma/enums";
import { maskCitizenId } from "@/lib/registry/citizen-id";
import { translator, type MessageKey } from "@/lib/i18n";
import { chinaDate } from "@/lib/clock/case-clock";
import { loadCertificateFont } from "./font";
import { drawQr, wrap } from "./pdf-drawing";
import type { CertificateData, CertificateDataKey } from "./render-data";
import { dbDate } from "@/lib/clock/day";

export interface CertificateView {
  kind: CertificateKind;
  code: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  revokedAt: Date | null;
  holderName: string;
  holderCitizenId: string;
  stationName: string;
  data: CertificateData;
}

const t = translator("zh-CN");
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.38, 0.38, 0.42);
const RED = rgb(0.72, 0.08, 0.08);

/** Rows printed per kind, in order; a row whose value is missing is left out. */
const ROWS: Record<CertificateKind, { key: CertificateDataKey; label: MessageKey }[]> = {
  SETTLEMENT_NOTICE: [
    { key: "members", label: "certificate.pdf.members" },
    { key: "notApproved", label: "certificate.pdf.notApproved" },
    { key: "address", label: "certificate.pdf.settlementAddress" },
    { key: "householdNumber", label: "certificate.pdf.householdNumber" },
    { key: "decisionDate", label: "certificate.pdf.decisionDate" },
    { key: "clause", label: "certificate.pdf.clause" },
    { key: "applicationNumber", label: "certificate.pdf.applicationNumber" },
  ],
  RESIDENCE_PERMIT: [
    { key: "permitNumber", label: "certificate.pdf.permitNumber" },
    { key: "address", label: "certificate.pdf.residenceAddress" },
    { key: "validUntil", label: "certificate.pdf.validUntil" },
    { key: "residenceSince", label: "certificate.pdf.residenceSince" },
    { key: "decisionDate", label: "certificate.pdf.decisionDate" },
    { key: "applicationNumber", label: "certificate.pdf.applicationNumber" },
  ],
  REGISTRATION_NOTICE: [
    { key: "householdNumber", label: "certificate.pdf.householdNumber" },
    { key: "address", label: "certificate.pdf.address" },
    { key: "decisionDate", label: "certificate.pdf.decisionDate" },
    { key: "clause", label: "certificate.pdf.clause" },
    { key: "applicationNumber", label: "certificate.pdf.applicationNumber" },
  ],
  REFUSAL_DECISION: [
    { key: "matter", label: "certificate.pdf.matter" },
    { key: "applicationNumber", label: "certificate.pdf.applicationNumber" },
    { key: "reason", label: "certificate.pdf.refusalReason" },
    { key: "clause", label: "certificate.pdf.refusalClause" },
    { key: "decisionDate", label: "certificate.pdf.decisionDate" },
  ],
};

const BODY: Record<CertificateKind, MessageKey> = {
  SETTLEMENT_NOTICE: "certificate.pdf.bodySettlement",
  RESIDENCE_PERMIT: "certificate.pdf.bodyPermit",
  REGISTRATION_NOTICE: "certificate.pdf.bodyRegistration",
  REFUSAL_DECISION: "certificate.pdf.bodyRefusal",
};

/** A refusal names its applicant and the deciding body; the other kinds their holder and issuer. */
const HOLDER_LABEL: Partial<Record<CertificateKind, MessageKey>> = { REFUSAL_DECISION: "certificate.pdf.applicant" };
const ISSUER_LABEL: Partial<Record<CertificateKind, MessageKey>> = { REFUSAL_DECISION: "certificate.pdf.decidedBy" };

/** Content never runs below this line: the verification block (QR, code, address) sits under it. */
const CONTENT_FLOOR = 236;

const DATE_KEYS = new Set<CertificateDataKey>(["decisionDate", "validUntil", "residenceSince"]);

/** 2026-11-22 → 2026年11月22日; anything else is printed as given. */
export function chineseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** Where the next line goes: the page being filled and the height on it; a new framed page below the floor. */
class PageCursor {
  page: PDFPage;
  y: number;

  constructor(private readonly doc: PDFDocument) {
    this.page = this.addPage();
    this.y = A4[1] - MARGIN - 40;
  }

  private addPage(): PDFPage {
    const [width, height] = A4;
    const p = this.doc.addPage(A4);
    p.drawRectangle({ x: 28, y: 28, width: width - 56, height: height - 56, borderColor: MUTED, borderWidth: 1.2 });
    p.drawRectangle({ x: 33, y: 33, width: width - 66, height: height - 66, borderColor: MUTED, borderWidth: 0.4 });
    return p;
  }

  /** A long refusal reason may need a second page; the verification block goes on the last one. */
  room(needed: number) {
    if (this.y - needed >= CONTENT_FLOOR) return;
    this.page = this.addPage();
    this.y = A4[1] - MARGIN - 20;
  }

  centred(text: string, font: PDFFont, size: number, color = INK) {
    this.page.drawText(text, { x: (A4[0] - font.widthOfTextAtSize(text, size)) / 2, y: this.y, size, font, color });
  }
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const INNER = A4[0] - 2 * MARGIN;

export async function renderCertificatePdf(options: { certificate: CertificateView; verifyUrl: string }): Promise<Uint8Array> {
  const c = options.certificate;
  const doc = await PDFDocument.create();
  doc.registerFontkit(evenGlyphFontkit);
  const [regularBytes, boldBytes] = await Promise.all([loadCertificateFont("regular"), loadCertificateFont("bold")]);
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  const title = t(`certificate.kind.${c.kind}`);
  const issued = dbDate(c.issuedOn);
  doc.setTitle(`${title} ${c.code}`);
  doc.setSubject(c.code);
  doc.setKeywords([c.code, c.kind]);
  doc.setProducer("户籍通办 Hukou Portal");
  doc.setCreator("户籍通办 Hukou Portal");
  doc.setLanguage("zh-CN");
  // Dated by the issue date, not the download: the same row renders the same document.
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);

  const fonts = { regular, bold };
  const cursor = new PageCursor(doc);
  drawHeading({ cursor, c, title, fonts });
  drawRows({ cursor, c, fonts });
  // 行政许可法 第三十八条 第二款: the reasons (above) and the right to 行政复议 or 行政诉讼, with their time limits.
  if (c.kind === "REFUSAL_DECISION") drawAppealRights({ cursor, c, fonts });
  drawVerification({ page: cursor.page, code: c.code, verifyUrl: options.verifyUrl, fonts });
  return doc.save();
}

/** The title, the portal's name, a revocation in red, and what the document certifies. */
function drawHeading(options: { cursor: PageCursor; c: CertificateView; title: string; fonts: Fonts }) {
  const { cursor, c, title } = options;
  const { regular, bold } = options.fonts;
  cursor.centred(title, bold, 28);
  cursor.y -= 26;
  cursor.centred(t("meta.title"), regular, 12, MUTED);
  cursor.y -= 44;

  if (c.revokedAt) {
    cursor.centred(t("certificate.pdf.revoked", { date: chineseDate(chinaDate(c.revokedAt)) }), bold, 14, RED);
    cursor.y -= 30;
  }

  for (const line of wrap(t(BODY[c.kind], { matter: c.data.matter ?? "" }), regular, 14, INNER)) {
    cursor.room(22);
    cursor.page.drawText(line, { x: MARGIN, y: cursor.y, size: 14, font: regular, color: INK });
    cursor.y -= 22;
  }
  cursor.y -= 12;
}

/** Label and value, one row each: holder, the kind's own rows, issuer, issue date. */
function drawRows(options: { cursor: PageCursor; c: CertificateView; fonts: Fonts }) {
  const { cursor, c } = options;
  const { regular } = options.fonts;
  const rows: [string, string][] = [
    [t(HOLDER_LABEL[c.kind] ?? "certificate.pdf.holder"), c.holderName],
    [t("certificate.pdf.holderId"), maskCitizenId(c.holderCitizenId)],
    ...ROWS[c.kind].flatMap(({ key, label }): [string, string][] => {
      const value = c.data[key];
      return value ? [[t(label), DATE_KEYS.has(key) ? chineseDate(value) : value]] : [];
    }),
    [t(ISSUER_LABEL[c.kind] ?? "certificate.pdf.issuer"), `${c.data.bureauName ?? ""}${c.data.stationName ?? c.stationName}`],
    [t("certificate.pdf.issuedOn"), chineseDate(c.issuedOn)],
  ];
  const labelWidth = 118;
  for (const [label, value] of rows) {
    const lines = wrap(value, regular, 13, INNER - labelWidth);
    cursor.room(Math.min(lines.length, 3) * 19 + 9);
    cursor.page.drawText(label, { x: MARGIN, y: cursor.y, size: 12, font: regular, color: MUTED });
    for (const line of lines) {
      cursor.room(19);
      cursor.page.drawText(line, { x: MARGIN + labelWidth, y: cursor.y, size: 13, font: regular, color: INK });
      cursor.y -= 19;
    }
    cursor.y -= 9;
    cursor.page.drawLine({
      start: { x: MARGIN, y: cursor.y + 14 },
      end: { x: A4[0] - MARGIN, y: cursor.y + 14 },
      thickness: 0.3,
      color: rgb(0.82, 0.82, 0.84),
    });
  }
}

function drawAppealRights(options: { cursor: PageCursor; c: CertificateView; fonts: Fonts }) {
  const { cursor, c } = options;
  const { regular, bold } = options.fonts;
  cursor.y -= 6;
  const paragraphs: [string, PDFFont, number, typeof INK][] = [
    [t("certificate.pdf.appealTitle"), bold, 13, INK],
    [t("certificate.pdf.appealRights", { reviewBody: c.data.reviewBody ?? t("certificate.pdf.reviewBodyFallback") }), regular, 12, INK],
    [t("certificate.pdf.appealBasis"), regular, 10, MUTED],
  ];
  for (const [text, font, size, color] of paragraphs) {
    for (const line of wrap(text, font, size, INNER)) {
      cursor.room(size + 7);
      cursor.page.drawText(line, { x: MARGIN, y: cursor.y, size, font, color });
      cursor.y -= size + 7;
    }
    cursor.y -= 6;
  }
}

/** The verification block at the foot of the (last) page, QR on the right, and the footer. */
function drawVerification(options: { page: PDFPage; code: string; verifyUrl: string; fonts: Fonts }) {
  const { page, code, verifyUrl } = options;
  const { regular, bold } = options.fonts;
  const qrSize = 118;
  const qrX = A4[0] - MARGIN - qrSize;
  const qrY = MARGIN + 46;
  drawQr(page, { text: verifyUrl, x: qrX, y: qrY, size: qrSize });
  const textWidth = INNER - qrSize - 24;
  let vy = qrY + qrSize - 14;
  page.drawText(t("certificate.pdf.verifyTitle"), { x: MARGIN, y: vy, size: 13, font: bold, color: INK });
  vy -= 24;
  page.drawText(t("certificate.pdf.verifyCode"), { x: MARGIN, y: vy, size: 11, font: regular, color: MUTED });
  vy -= 20;
  page.drawText(code, { x: MARGIN, y: vy, size: 16, font: bold, color: INK });
  vy -= 24;
  for (const line of wrap(t("certificate.pdf.verifyHow"), regular, 10, textWidth)) {
    page.drawText(line, { x: MARGIN, y: vy, size: 10, font: regular, color: MUTED });
    vy -= 15;
  }
  for (const line of wrap(verifyUrl, regular, 9.5, textWidth)) {
    page.drawText(line, { x: MARGIN, y: vy, size: 9.5, font: regular, color: INK });
    vy -= 14;
  }
  const footer = wrap(t("certificate.pdf.footer"), regular, 9, INNER);
  let fy = MARGIN + 4;
  for (const line of footer) {
    page.drawText(line, { x: MARGIN, y: fy, size: 9, font: regular, color: MUTED });
    fy -= 12;
  }
}
