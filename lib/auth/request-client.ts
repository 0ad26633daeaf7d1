// Who is asking: the client's address as the portal's own server saw it (scripts/serve.ts sets
// CLIENT_HEADER from the socket, or through TRUSTED_PROXIES only, and overwrites whatever the client
// sent: lib/auth/client-address.ts), and its user agent.
import "server-only";
import { headers } from "next/headers";
import type { ClientInfo } from "./authenticate";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

export const CLIENT_HEADER = CLIENT_ADDRESS_HEADER;

export async function requestClient(): Promise<ClientInfo> {
  const h = await headers();
  return { address: h.get(CLIENT_HEADER), userAgent: h.get("user-agent") };
}
