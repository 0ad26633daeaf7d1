// GET /certificates/<id> — the certificate as a PDF, rendered from its row on each download, for the
// holder's applicant account, a clerk of the issuing station or a supervisor above it; anyone else gets the same 404 as for
// a certificate that does not exist. Signed-out visitors are sent to sign in and back.
import { NextResponse, type NextRequest } from "next/server";
import { getRouteActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { DomainError, logUnexpected } from "@/lib/errors";
import { downloadCertificate } from "@/lib/certificates/read-certificate";
import { getT } from "@/lib/i18n/server";
import { contentDisposition } from "@/lib/applications/file-names";

export const dynamic = "force-dynamic";

function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor, { t }] = await Promise.all([params, getRouteActor(), getT()]);
  // A session that must change its password first gets its 403 sentence (lib/auth/session.ts).
  if (actor instanceof Response) return actor;
  if (!actor) {
    const back = `/certificates/${encodeURIComponent(id)}`;
    return new NextResponse(null, { status: 303, headers: { Location: `/signin?callbackUrl=${encodeURIComponent(back)}` } });
  }
  try {
    const baseUrl = process.env.NEXTAUTH_URL || request.nextUrl.origin;
    const file = await downloadCertificate({ db: getDb(), actor, certificateId: id, baseUrl });
    return new NextResponse(Buffer.from(file.bytes), {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition({ fileName: file.fileName, fallback: file.asciiFileName }),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return plain(404, t("common.notFound"));
    const errorId = logUnexpected(error, "certificate download");
    return plain(500, `${t("common.genericError")} ${t("common.errorId", { id: errorId })}`);
  }
}
