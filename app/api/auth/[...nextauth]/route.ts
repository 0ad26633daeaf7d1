// next-auth's endpoints. A few requests it answers with a 500 (a GET of a credentials callback, a
// malformed body, a callbackUrl on another host) get a clean 4xx here instead; anything unexpected is
// logged with an id. Its session cookie is made a browser-session cookie (lib/auth/session-cookie.ts).
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { asBrowserSessionCookie } from "@/lib/auth/session-cookie";
import { logUnexpected } from "@/lib/errors";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

function problem(status: number, message: string, extra: Record<string, string> = {}) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...extra } });
}

/** A callbackUrl next-auth may redirect to: a path here, or an absolute address of this portal. */
function callbackIsOwn(value: string, request: Request): boolean {
  if (safeCallbackUrl(value)) return true;
  try {
    const origin = new URL(value).origin;
    const own = [new URL(request.url).origin, process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : null];
    return own.includes(origin);
  } catch {
    return false;
  }
}

function withSessionCookies(response: Response): Response {
  const lines = response.headers.getSetCookie();
  if (!lines.some((l) => l.includes("session-token"))) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const line of lines) headers.append("set-cookie", asBrowserSessionCookie(line));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function guarded(request: Request, context: Context): Promise<Response> {
  const parts = (await context.params).nextauth ?? [];
  if (request.method === "GET" && parts[0] === "callback") return problem(405, "Sign-in callbacks take POST", { Allow: "POST" });
  const callbackUrl = new URL(request.url).searchParams.get("callbackUrl");
  if (callbackUrl !== null && !callbackIsOwn(callbackUrl, request)) return problem(400, "callbackUrl must be an address of this portal");
  try {
    const response = await handler(request, context);
    if (response.status >= 500) {
      const id = logUnexpected(new Error(`next-auth answered ${response.status}`), `${request.method} /api/auth/${parts.join("/")}`);
      return problem(400, `The request could not be handled (error id ${id})`);
    }
    return withSessionCookies(response);
  } catch (error) {
    const id = logUnexpected(error, `${request.method} /api/auth/${parts.join("/")}`);
    return problem(400, `The request could not be handled (error id ${id})`);
  }
}

export { guarded as GET, guarded as POST };
