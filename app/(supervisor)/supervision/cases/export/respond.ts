// What the two supervision CSV routes share: plain-text refusals and the query as one object.
import { NextResponse, type NextRequest } from "next/server";

export function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

export function queryOf(request: NextRequest): Record<string, string | undefined> {
  const q = request.nextUrl.searchParams;
  return Object.fromEntries(["period", "from", "to", "unit", "status", "overdue", "decided"].map((k) => [k, q.get(k) || undefined]));
}
