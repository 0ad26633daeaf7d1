// Issue 16 M6: the portal listens on the loopback addresses unless a host is given (HOST or --host),
// so a fresh `npm start` with demo accounts is not reachable from the network.
import http from "node:http";
import os from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { acceptsConnections, listenHosts, listenOn } from "./listen";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function make(): http.Server {
  const server = http.createServer((_req, res) => res.end("ok"));
  servers.push(server);
  return server;
}

/** Whether a TCP connection to address:port is accepted. */
const connects = (address: string, port: number) => acceptsConnections({ host: address, port, timeoutMs: 2000 });

const outward = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === "IPv4")?.address;

describe("listenHosts", () => {
  it("is both loopback addresses when no host is given", () => {
    expect(listenHosts({})).toEqual(["127.0.0.1", "::1"]);
    expect(listenHosts({ env: "  " })).toEqual(["127.0.0.1", "::1"]);
  });
  it("is the host asked for, --host before HOST", () => {
    expect(listenHosts({ env: "0.0.0.0" })).toEqual(["0.0.0.0"]);
    expect(listenHosts({ arg: "10.1.2.3", env: "0.0.0.0" })).toEqual(["10.1.2.3"]);
  });
});

describe("listenOn", () => {
  it("by default answers on 127.0.0.1 (and ::1 where the machine has it), never on another interface", async () => {
    const { addresses, port } = await listenOn({ hosts: listenHosts({}), port: 0, createServer: make });
    expect(addresses).toContain("127.0.0.1");
    expect(addresses.every((a) => a === "127.0.0.1" || a === "::1")).toBe(true);
    expect(await connects("127.0.0.1", port)).toBe(true);
    if (addresses.includes("::1")) expect(await connects("::1", port)).toBe(true);
    if (outward) expect(await connects(outward, port)).toBe(false);
  });
  it("listens where asked", async () => {
    const { addresses, port } = await listenOn({ hosts: ["0.0.0.0"], port: 0, createServer: make });
    expect(addresses).toEqual(["0.0.0.0"]);
    if (outward) expect(await connects(outward, port)).toBe(true);
  });
});
