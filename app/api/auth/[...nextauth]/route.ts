// next-auth's endpoints. A few requests it answers with a 500 (a GET of a credentials callback, a
// malformed body) get a clean 4xx here instead; anything unexpected is logged with an id.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { logUnexpected } from "@/lib/errors";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

function problem(status: number, message: string, extra: Record<string, string> = {}) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...extra } });
}

async function guarded(request: Request, context: Context): Promise<Response> {
  const parts = (await context.params).nextauth ?? [];
  if (request.method === "GET" && parts[0] === "callback") return problem(405, "Sign-in callbacks take POST", { Allow: "POST" });
  try {
    return await handler(request, context);
  } catch (error) {
    const id = logUnexpected(error, `${request.method} /api/auth/${parts.join("/")}`);
    return problem(400, `The request could not be handled (error id ${id})`);
  }
}

export { guarded as GET, guarded as POST };
