// Runs before every page: a fresh CSP nonce per response (lib/security/csp.ts). Next reads the nonce
// from the request's Content-Security-Policy header and puts it on the scripts it renders.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// The portal's server actions are all bound to forms: their posts are form encodings. Anything else
// carrying an action id (a hand-made JSON call) is refused here with a 400 instead of failing inside.
// One exception: Next leaves out the arguments an action does not use, so an action that uses none
// (sign-out) is posted as `text/plain` with the empty argument list `[]`. The action id's first byte
// says which arguments the action uses (type bit, 6-bit argument mask, rest bit): `[]` is let through
// only for an id whose mask and rest bit are all zero — an action with no input to misread.
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)(;|$)/i;
const TEXT_TYPE = /^text\/plain(;|$)/i;

function usesNoArguments(actionId: string): boolean {
  const info = Number.parseInt(actionId.slice(0, 2), 16);
  return Number.isInteger(info) && (info & 0x7f) === 0;
}

async function isServerActionBody(request: NextRequest, actionId: string): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (FORM_TYPES.test(type)) return true;
  const length = request.headers.get("content-length");
  if (!TEXT_TYPE.test(type) || !usesNoArguments(actionId) || length === null || Number(length) > 16) return false;
  return (await request.text()).trim() === "[]";
}

export async function proxy(request: NextRequest) {
  const actionId = request.method === "POST" ? request.headers.get("next-action") : null;
  if (actionId !== null && !(await isServerActionBody(request, actionId))) {
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
