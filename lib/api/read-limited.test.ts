import { describe, expect, it } from "vitest";
import { BodyTooLargeError, normalisePath, readLimitedText } from "./read-limited";

function streamOf(parts: number[], onPull: () => void) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull();
      if (i < parts.length) controller.enqueue(new Uint8Array(parts[i++]).fill(97));
      else controller.close();
    },
  });
}

describe("readLimitedText", () => {
  it("reads a body under the limit", async () => {
    const request = new Request("http://x/", { method: "POST", body: "hello" });
    expect(await readLimitedText({ request, limit: 10 })).toBe("hello");
  });

  it("stops reading as soon as the limit is passed, whatever the body's length", async () => {
    let pulls = 0;
    const body = streamOf(
      Array.from({ length: 2048 }, () => 65536),
      () => pulls++,
    );
    const request = new Request("http://x/", { method: "POST", body, duplex: "half" } as RequestInit);
    await expect(readLimitedText({ request, limit: 64 * 1024 })).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulls).toBeLessThan(5);
  });

  it("refuses a declared length over the limit before reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "x", headers: { "content-length": "999999" } });
    await expect(readLimitedText({ request, limit: 10 })).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});

describe("normalisePath", () => {
  it.each([
    ["/api/v1/./eligibility", "/api/v1/eligibility"],
    ["/api/v1/x/../eligibility?a=1", "/api/v1/eligibility?a=1"],
    ["//api//v1/eligibility", "/api/v1/eligibility"],
    ["/api/v1/%2e/eligibility", "/api/v1/eligibility"],
    ["/me", "/me"],
    ["//locale?to=en&back=//evil.example", "/locale?to=en&back=//evil.example"],
    ["/a//b?x=/./y//z", "/a/b?x=/./y//z"],
  ])("%s → %s", (raw, expected) => {
    expect(normalisePath(raw)).toBe(expected);
  });
});
