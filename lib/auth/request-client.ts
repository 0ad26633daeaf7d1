// Who is asking: the client's address as the portal's own server saw it (scripts/serve.ts sets
// CLIENT_HEADER from the socket and overwrites whatever the client sent), and its user agent.
import "server-only";
import { headers } from "next/headers";
import type { ClientInfo } from "./authenticate";

export const CLIENT_HEADER = "x-hukou-client-address";

export async function requestClient(): Promise<ClientInfo> {
  const h = await headers();
  return { address: h.get(CLIENT_HEADER), userAgent: h.get("user-agent") };
}
