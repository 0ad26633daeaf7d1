// Runs before every page: a fresh CSP nonce per response (lib/security/csp.ts). Next reads the nonce
// from the request's Content-Security-Policy header and puts it on the scripts it renders.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { originIsPortal } from "@/lib/security/request-target";

// Every post to a page is a server action: from a browser with JavaScript (a `Next-Action` header and a
// React argument list) or without (a plain form carrying the action id). Each is checked here, before
// Next.js reads it, whatever prefetch headers it carries (issue #16 L5, I1):
// - its Origin must be the portal itself (lib/security/request-target.ts) — else 403, where Next.js
//   answered a cross-site Origin with a 500 and let a post without Origin run;
// - its body must be a well-formed form — else 400, where a malformed multipart body or an argument list
//   without a form in it (`["x", 5]`) failed inside the action with a 500.
// The portal's actions are all bound to forms, so with JavaScript the argument list ends with the form
// (`"$K1"`, React's reference to the FormData sent beside it). One exception: Next leaves out the
// arguments an action does not use, so an action that uses none (sign-out) is posted as `text/plain`
// with the empty argument list `[]`. The action id's first byte says which arguments the action uses
// (type bit, 6-bit argument mask, rest bit): `[]` is let through only for an id whose mask and rest bit
// are all zero — an action with no input to misread.
const MULTIPART = /^multipart\/form-data(;|$)/i;
const URL_ENCODED = /^application\/x-www-form-urlencoded(;|$)/i;
const TEXT_TYPE = /^text\/plain(;|$)/i;
const FORM_REFERENCE = /^\$K[0-9a-z]+$/;

function usesNoArguments(actionId: string): boolean {
  const info = Number.parseInt(actionId.slice(0, 2), 16);
  return Number.isInteger(info) && (info & 0x7f) === 0;
}

/**
 * Where the form must stand in the argument list: the last argument the action uses (bit 6 − i of the id's
 * first byte is set when argument i is used; `(previous, formData)` → 1, `(formData)` → 0), or "last" for an
 * action with rest arguments; null for one that uses none. `["$K1"]` posted to a `(previous, formData)`
 * action would hand it the form as its state and nothing as its form (issue #16 L5).
 */
function formPosition(actionId: string): number | "last" | null {
  const info = Number.parseInt(actionId.slice(0, 2), 16);
  if (!Number.isInteger(info)) return null;
  if (info & 1) return "last";
  let last: number | null = null;
  for (let i = 0; i < 6; i++) if (info & (1 << (6 - i))) last = i;
  return last;
}

/**
 * React's reply encoding marks references with a leading `$` (a literal `$` is written `$$`). The portal's
 * forms send only the form (`$K1`) and plain values (`$undefined`, `$NaN`, `$Infinity`, `$-0`, a date `$D…`,
 * a bigint `$n…`); any other reference (`$Q2`, a Map read from a form entry that is not there; `$@`, `$F`,
 * `$B`, streams…) came from no page of the portal, and some of them crash the decoder (a 500). Refused.
 */
const PLAIN_REFERENCE = /^\$(\$|K[0-9a-z]+$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;

function onlyPlainReferences(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_REFERENCE.test(value);
  if (Array.isArray(value)) return value.every((v) => onlyPlainReferences(v, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((v) => onlyPlainReferences(v, depth + 1));
  return true;
}

function answer(status: 400 | 403, sentence: string) {
  return new NextResponse(`${sentence}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const NOT_A_FORM = "Bad request: this form must be sent as a form. Reload the page and try again.";

async function formOf(request: NextRequest): Promise<FormData | null> {
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}

/** Why this post may not reach a server action, or null when it may. */
async function refusePost(request: NextRequest): Promise<NextResponse | null> {
  if (!originIsPortal({ origin: request.headers.get("origin"), host: request.headers.get("host"), publicUrl: process.env.NEXTAUTH_URL })) {
    return answer(403, "Forbidden: this form can only be sent from the portal's own pages. Open the page again and send it from there.");
  }
  const type = request.headers.get("content-type") ?? "";
  const actionId = request.headers.get("next-action");
  if (actionId === null) {
    // Without JavaScript: a form post, which Next.js parses itself; a malformed one is refused here.
    if (MULTIPART.test(type) || URL_ENCODED.test(type)) return (await formOf(request)) ? null : answer(400, NOT_A_FORM);
    return null;
  }
  if (MULTIPART.test(type)) {
    const form = await formOf(request);
    const list = form?.get("0");
    let args: unknown = null;
    try {
      args = typeof list === "string" ? JSON.parse(list) : null;
    } catch {
      args = null;
    }
    const position = formPosition(actionId);
    const form_ = !Array.isArray(args) || position === null ? null : args[position === "last" ? args.length - 1 : position];
    return typeof form_ === "string" && FORM_REFERENCE.test(form_) && onlyPlainReferences(args) ? null : answer(400, NOT_A_FORM);
  }
  const length = request.headers.get("content-length");
  if (
    TEXT_TYPE.test(type) &&
    usesNoArguments(actionId) &&
    length !== null &&
    Number(length) <= 16 &&
    (await request.clone().text()).trim() === "[]"
  )
    return null;
  return answer(400, NOT_A_FORM);
}

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    // The APIs answer posts themselves (next-auth; the eligibility API is served before Next.js). Only a
    // form body that does not parse is stopped here: Next.js would try to read it as a form and fail
    // with a 500 (found by the full fuzz run under /api/v1/eligibility/<anything>).
    const type = request.headers.get("content-type") ?? "";
    if (request.method === "POST" && (MULTIPART.test(type) || URL_ENCODED.test(type)) && !(await formOf(request)))
      return answer(400, NOT_A_FORM);
    return NextResponse.next();
  }
  if (request.method === "POST") {
    const refused = await refusePost(request);
    if (refused) return refused;
  }
  // The file downloads set their own headers; they pass through for the post check only.
  if (/^\/(documents|certificates)\//.test(request.nextUrl.pathname)) return NextResponse.next();
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
  // Pages and the file downloads (posts checked; no CSP for the downloads, which set their own headers), and
  // the APIs (a form body must parse; next-auth and the eligibility API answer posts themselves); not the
  // build's static files. Prefetches included: a page fetched with `Next-Router-Prefetch` or `Purpose:
  // prefetch` gets its CSP too, and a post carrying those headers is checked like any other (issue #16 L5, L8).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
