// Runs before every page: a fresh CSP nonce per response (lib/security/csp.ts). Next reads the nonce
// from the request's Content-Security-Policy header and puts it on the scripts it renders.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

export function proxy(request: NextRequest) {
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
