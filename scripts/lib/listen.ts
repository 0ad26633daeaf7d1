// Where the portal listens (issue 16 M6, docs/decisions/0269). With no host given it answers on the
// loopback addresses only — 127.0.0.1 and, where the machine has it, ::1, so http://localhost:PORT
// works whichever of the two a browser tries first — and a fresh `npm start`, whose demo accounts share
// a public password, cannot be reached from the network. A deployment names its address: HOST or --host.
import type { Server } from "node:http";
import net from "node:net";

export const LOOPBACK_HOSTS = ["127.0.0.1", "::1"] as const;

/** The addresses to listen on: --host, else HOST, else both loopback addresses. */
export function listenHosts(options: { arg?: string; env?: string }): string[] {
  const asked = (options.arg ?? options.env ?? "").trim();
  return asked ? [asked] : [...LOOPBACK_HOSTS];
}

/** A machine without IPv6 has no ::1; the portal then answers on 127.0.0.1 alone. */
const NO_ADDRESS = new Set(["EADDRNOTAVAIL", "EAFNOSUPPORT"]);

function listenOne(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

/**
 * One server per address, all on the same port (the first one's, when port is 0). The optional ::1 of
 * the default is skipped where the machine has no IPv6; any other failure is thrown.
 */
export async function listenOn(options: {
  hosts: readonly string[];
  port: number;
  createServer: () => Server;
}): Promise<{ servers: Server[]; addresses: string[]; port: number }> {
  const servers: Server[] = [];
  const addresses: string[] = [];
  let port = options.port;
  const byDefault = options.hosts.length === LOOPBACK_HOSTS.length && options.hosts.every((h, i) => h === LOOPBACK_HOSTS[i]);
  for (const host of options.hosts) {
    const server = options.createServer();
    try {
      await listenOne(server, port, host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (byDefault && host === "::1" && NO_ADDRESS.has(code)) continue;
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
      throw error;
    }
    const bound = server.address();
    if (bound && typeof bound === "object") port = bound.port;
    servers.push(server);
    addresses.push(host);
  }
  return { servers, addresses, port };
}

/** Whether a TCP connection to host:port is accepted within `timeoutMs`: how the tests see where a server listens. */
export function acceptsConnections(options: { host: string; port: number; timeoutMs: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: options.host, port: options.port, timeout: options.timeoutMs });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
