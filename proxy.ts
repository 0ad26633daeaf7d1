// Runs before every page: a fresh CSP nonce per response (lib/security/csp.ts). Next reads the nonce
// from the request's Content-Security-Policy header and puts it on the scripts it renders.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// The portal's server actions are all bound to forms: their posts are form encodings. Anything else
// carrying an action id (a hand-made JSON call) is refused here with a 400 instead of failing inside.
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)(;|$)/i;

export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !FORM_TYPES.test(request.headers.get("content-type") ?? "")) {
    return new NextResponse("Bad request: this form must be sent as a form. Reload the page and try again.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    dev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: not the build's static files, the APIs, or the file downloads (which set their own headers).
  matcher: [
    {
      source: "/((?!_next/static|_next/image|api/|documents/|certificates/|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
