// Bad input over HTTP (issue #9, "Proofs"): the upload form posted as a browser without JavaScript
// would, with files no browser picker makes — wrong type behind a .pdf name, one byte over the
// limit, zero bytes, names that are paths, NUL, 5,000 characters — and with hostile case ids.
// Every answer is a redirect carrying a code (never a 500); a refused file leaves no row and no blob;
// an accepted one is stored by its hash under a cleaned name, so no name reaches the file system.
import fs from "node:fs";
import path from "node:path";
import type { APIRequest, APIRequestContext } from "@playwright/test";
import { createUser, expect, signInProgrammatically, test } from "../fixtures";
import { formsOf } from "../../scripts/lib/portal-client";
import { demoPlace, readyDraft } from "../../scripts/lib/bench-fixtures";
import type { Actor } from "../../lib/auth/permissions";
import type { Db } from "../../lib/db";
import { PDF_BUFFER as PDF } from "../../tests/factories/documents";

const UPLOAD_ROOT = process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads");
const ORIGIN = new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100").origin;
const MAX = 10 * 1024 * 1024;

function blobCount(dir = UPLOAD_ROOT): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? blobCount(path.join(dir, e.name)) : 1), 0);
}

/** The documents page's one upload form (its file inputs, `file-<item>`, sit beside it with form="upload-form"). */
async function uploadFields(request: APIRequestContext, id: string): Promise<Record<string, string>> {
  const html = await (await request.get(`/apply/${id}/documents`)).text();
  expect(html, "the documents page has an input for id_card").toContain('name="file-id_card"');
  const form = formsOf(html).find((f) => f.fields.some(([k]) => k === "applicationId") && !f.fields.some(([k]) => k === "documentId"));
  expect(form, "the documents page has its upload form").toBeTruthy();
  return Object.fromEntries(form!.fields);
}

/** A new applicant's draft ready for its documents, the applicant signed in, and the fields of the upload form. */
async function draftToUpload(db: Db, playwright: { request: APIRequest }) {
  const user = await createUser(db, { role: "APPLICANT" });
  const actor: Actor = {
    id: user.id,
    role: "APPLICANT",
    displayName: "测试",
    stationId: null,
    jurisdictionId: null,
    scopePath: null,
    personId: user.personId,
  };
  const id = await readyDraft(db, { actor, place: await demoPlace(db) });
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  await signInProgrammatically(request, user);
  return { id, request, fields: await uploadFields(request, id) };
}

test("hostile files are refused with a code and store nothing; a path for a name stays a name", async ({ playwright, db }) => {
  test.setTimeout(120_000);
  const { id, request, fields } = await draftToUpload(db, playwright);
  const post = (file: { name: string; mimeType: string; buffer: Buffer }, extra: Record<string, string> = {}) =>
    request.post(`/apply/${id}/documents`, {
      multipart: { ...fields, ...extra, "file-id_card": file },
      maxRedirects: 0,
      headers: { Origin: ORIGIN },
    });

  const refused: [string, { name: string; mimeType: string; buffer: Buffer }, string][] = [
    [
      "text behind a .pdf name",
      { name: "身份证.pdf", mimeType: "application/pdf", buffer: Buffer.from("#!/bin/sh\nrm -rf /\n") },
      "FILE_TYPE",
    ],
    [
      "HTML behind an image type",
      { name: "x.png", mimeType: "image/png", buffer: Buffer.from("<html><script>alert(1)</script></html>") },
      "FILE_TYPE",
    ],
    [
      "one byte over the limit",
      { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(MAX + 1 - PDF.length, 0x20)]) },
      "FILE_TOO_LARGE",
    ],
    ["zero bytes", { name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) }, "FILE_EMPTY"],
    [
      "a path for a name, text inside",
      { name: "../../etc/passwd", mimeType: "text/plain", buffer: Buffer.from("root:x:0:0::/root:/bin/sh\n") },
      "FILE_TYPE",
    ],
  ];
  for (const [label, file, code] of refused) {
    const docsBefore = await db.document.count({ where: { applicationId: id } });
    const blobsBefore = blobCount();
    const res = await post(file);
    expect(res.status(), label).toBe(303);
    // Each refused file is named by its item and the reason (never by the applicant's own text).
    expect(decodeURIComponent(res.headers()["location"] ?? ""), label).toContain(`refused=id_card.${code}`);
    expect(await db.document.count({ where: { applicationId: id } }), `${label}: no row`).toBe(docsBefore);
    expect(blobCount(), `${label}: no blob`).toBe(blobsBefore);
  }

  // Real PDFs under hostile names: accepted, stored under the hash, the name cleaned of any path.
  for (const name of ["../../etc/passwd", "..\\..\\windows\\win.ini", "a\u0000b.pdf", "x".repeat(5000) + ".pdf", "/", ".."]) {
    const res = await post({ name, mimeType: "application/pdf", buffer: PDF });
    expect(res.status(), JSON.stringify(name.slice(0, 30))).toBe(303);
    expect(res.headers()["location"]).not.toContain("error=");
  }
  const names = (await db.document.findMany({ where: { applicationId: id }, select: { fileName: true, sha256: true } })).map(
    (d) => d.fileName,
  );
  for (const n of names) {
    // eslint-disable-next-line no-control-regex -- the check is that no stored name holds a NUL
    expect(n).not.toMatch(/[\\/\u0000]/);
    expect(n.length).toBeLessThanOrEqual(120);
    expect([".", ".."]).not.toContain(n);
  }
  expect(fs.existsSync(path.join(UPLOAD_ROOT, "..", "..", "etc", "passwd"))).toBe(false);
  await request.dispose();
});

test("hostile case ids and items in the document forms get a redirect, not a 500", async ({ playwright, db }) => {
  test.setTimeout(60_000);
  const { id, request, fields } = await draftToUpload(db, playwright);
  // A hostile case id, or a file under a field that names no checklist item (the item is the field's name now).
  for (const [field, value] of [
    ["applicationId", "\u0000x"],
    ["applicationId", "中文"],
    ["applicationId", "../../etc"],
    ["file-\u0000", ""],
    ["file-身份证", ""],
    ["file-" + "x".repeat(39) + "\n", ""],
    ["file-constructor", ""],
    ["file-__proto__", ""],
  ] as const) {
    const file = { name: "a.pdf", mimeType: "application/pdf", buffer: PDF };
    const res = await request.post(`/apply/${id}/documents`, {
      multipart: field.startsWith("file-") ? { ...fields, [field]: file } : { ...fields, [field]: value, "file-id_card": file },
      maxRedirects: 0,
      headers: { Origin: ORIGIN },
    });
    expect(res.status(), `${field}=${JSON.stringify(value)}`).toBe(303);
    expect(res.headers()["location"]).toContain("error=");
  }
  await request.dispose();
});
