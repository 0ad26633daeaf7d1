// GET /locale?to=en&back=/path — sets the language cookie and returns to the page. A plain link,
// so switching language needs no JavaScript.
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get("to");
  const back = request.nextUrl.searchParams.get("back") ?? "/";
  // Only same-site relative paths: never an open redirect. The Location stays relative, so the
  // browser returns to the host it used (the server may know itself by another name).
  const safeBack = safeCallbackUrl(back) ?? "/";
  const response = new NextResponse(null, { status: 303, headers: { Location: safeBack } });
  if (isLocale(to)) {
    response.cookies.set(LOCALE_COOKIE, to, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  return response;
}
