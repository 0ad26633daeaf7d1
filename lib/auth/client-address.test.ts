// M4 of issue 16: the client's address behind proxies and NAT, and what a throttle counts by.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  normaliseAddress,
  parseTrustedProxies,
  resolveClientAddress,
  stampClientAddress,
  throttleKey,
} from "./client-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

describe("throttle keys", () => {
  it("keys IPv4 by the address", () => {
    expect(throttleKey("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleKey("203.0.113.8")).not.toBe(throttleKey("203.0.113.7"));
  });

  it("keys IPv6 by its /64, however the address is written", () => {
    const key = throttleKey("2001:db8:1:2::1");
    expect(key).toBe("2001:db8:1:2::/64");
    expect(throttleKey("2001:0DB8:0001:0002:ffff:eeee:dddd:cccc")).toBe(key);
    expect(throttleKey("[2001:db8:1:2:aaaa::9]")).toBe(key);
    expect(throttleKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(throttleKey("2001:db8:1:3::1")).not.toBe(key);
    expect(throttleKey("::1")).toBe("0:0:0:0::/64");
  });

  it("keys an IPv4-mapped IPv6 address as the IPv4 address it carries", () => {
    expect(normaliseAddress("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(normaliseAddress("::FFFF:c633:6404")).toBe("198.51.100.4");
    expect(throttleKey("::ffff:198.51.100.4")).toBe(throttleKey("198.51.100.4"));
  });

  it("keeps anything else apart from real addresses", () => {
    expect(throttleKey(null)).toBe("unknown");
    expect(throttleKey("")).toBe("unknown");
    expect(throttleKey("not an address")).toBe("other:not an address");
  });
});

describe("trusted proxies", () => {
  it("parses addresses and ranges and names what it cannot read", () => {
    const parsed = parseTrustedProxies("127.0.0.1,10.0.0.0/8, ::1 ,fd00::/8,::ffff:192.168.0.0/112,nonsense,10.0.0.0/33");
    expect(parsed.empty).toBe(false);
    expect(parsed.invalid).toEqual(["nonsense", "10.0.0.0/33"]);
    expect(parseTrustedProxies("").empty).toBe(true);
    expect(parseTrustedProxies(" , ").empty).toBe(true);
  });

  it("without trusted proxies, ignores X-Forwarded-For: a client cannot pose as another address", () => {
    expect(resolveClientAddress({ peer: "203.0.113.7", forwardedFor: "198.51.100.1", trusted: none })).toBe("203.0.113.7");
    // Even from loopback: nothing is trusted unless configured.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.1", trusted: none })).toBe("127.0.0.1");
    expect(resolveClientAddress({ peer: "::ffff:203.0.113.7", forwardedFor: null, trusted: none })).toBe("203.0.113.7");
  });

  it("from a peer that is not a trusted proxy, ignores X-Forwarded-For", () => {
    expect(resolveClientAddress({ peer: "203.0.113.7", forwardedFor: "198.51.100.1", trusted: proxies })).toBe("203.0.113.7");
  });

  it("behind a trusted proxy, takes the address the proxy saw", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.1", trusted: proxies })).toBe("198.51.100.1");
    expect(resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "2001:db8::5", trusted: proxies })).toBe("2001:db8::5");
  });

  it("reads right to left through trusted proxies only; what the client wrote further left is not believed", () => {
    // client wrote "1.1.1.1"; the outer proxy 10.1.1.1 appended the client's real address 198.51.100.1;
    // the inner proxy (the peer, 127.0.0.1) appended 10.1.1.1.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "1.1.1.1, 198.51.100.1, 10.1.1.1", trusted: proxies })).toBe(
      "198.51.100.1",
    );
    // Several headers are one list.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: ["1.1.1.1", "198.51.100.1, 10.1.1.1"], trusted: proxies })).toBe(
      "198.51.100.1",
    );
  });

  it("stops at an entry that is not an address, keying on the last good hop", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.1, garbage", trusted: proxies })).toBe("127.0.0.1");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "", trusted: proxies })).toBe("127.0.0.1");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "10.2.2.2", trusted: proxies })).toBe("10.2.2.2");
  });
});

describe("the server's stamp (scripts/serve.ts), over HTTP", () => {
  async function seen(trusted: ReturnType<typeof parseTrustedProxies>, headers: Record<string, string>): Promise<string> {
    const server = http.createServer((req, res) => {
      stampClientAddress(req, trusted);
      res.end(String(req.headers[CLIENT_ADDRESS_HEADER]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
      return await res.text();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it("overwrites a client's own address header and ignores a spoofed X-Forwarded-For when no proxy is configured", async () => {
    expect(await seen(none, { [CLIENT_ADDRESS_HEADER]: "198.51.100.99", "x-forwarded-for": "198.51.100.1" })).toBe("127.0.0.1");
  });

  it("believes X-Forwarded-For from a configured proxy", async () => {
    expect(
      await seen(parseTrustedProxies("127.0.0.1"), { [CLIENT_ADDRESS_HEADER]: "198.51.100.99", "x-forwarded-for": "198.51.100.1" }),
    ).toBe("198.51.100.1");
  });
});
