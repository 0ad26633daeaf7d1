// GET /elder?on=1&back=/path — switches the 长辈版 on (on=1) or off (on=0) for this browser and returns
// to the page. A plain link, like /locale: no JavaScript needed, nothing inline for the CSP to refuse.
import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { ELDER_COOKIE, ELDER_COOKIE_MAX_AGE } from "@/lib/elder-mode";

export function GET(request: NextRequest) {
  const on = request.nextUrl.searchParams.get("on");
  const back = request.nextUrl.searchParams.get("back") ?? "/";
  // Only same-site relative paths: never an open redirect (as /locale).
  const safeBack = safeCallbackUrl(back) ?? "/";
  const response = new NextResponse(null, { status: 303, headers: { Location: safeBack, "Cache-Control": "no-store" } });
  if (on === "1") response.cookies.set(ELDER_COOKIE, "1", { path: "/", maxAge: ELDER_COOKIE_MAX_AGE, sameSite: "lax" });
  else if (on === "0") response.cookies.delete(ELDER_COOKIE);
  return response;
}
