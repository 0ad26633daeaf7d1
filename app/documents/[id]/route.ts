// GET /documents/<id>: the file's bytes for the applicant and the station's clerks (a submitted case:
// never a draft for staff; supervisors open no file, decision 0262), else 404 — a forbidden file looks exactly
// like a missing one. Served with the type sniffed at upload, never guessed by the browser, and never cached;
// as an attachment under its cleaned name (issue 16 L6), inline only for the clerk's embedded view (`?view=inline`).
import { getRouteActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { mayOpenFiles, readDocument } from "@/lib/applications/documents";
import { DomainError, logUnexpected } from "@/lib/errors";
import { contentDisposition, extensionOf } from "@/lib/applications/file-names";
import { isUuid } from "@/lib/security/uuid";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const actor = await getRouteActor();
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  // The applicant and the station's officers; supervisors see what was filed, not the file (0262).
  if (!actor || !mayOpenFiles(actor) || !isUuid(id)) return notFound();
  try {
    const doc = await readDocument({ db: getDb(), actor, documentId: id });
    return new Response(Buffer.from(doc.bytes), {
      status: 200,
      headers: {
        "Content-Type": doc.mediaType,
        "Content-Length": String(doc.bytes.byteLength),
        "Content-Disposition": contentDisposition({
          fileName: doc.fileName,
          fallback: `document-${doc.id.slice(0, 8)}.${extensionOf(doc.mediaType)}`,
          disposition: new URL(request.url).searchParams.get("view") === "inline" ? "inline" : "attachment",
        }),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return notFound();
    const errorId = logUnexpected(error, "GET /documents/[id]");
    return new Response(`Error ${errorId}`, { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
