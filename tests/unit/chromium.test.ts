import { describe, expect, it } from "vitest";
import { CHROMIUM_HELP, findChromium } from "@/e2e/chromium";

describe("findChromium", () => {
  const none = () => null;
  it("prefers CHROMIUM_PATH, then Debian's chromium, then Playwright's download", () => {
    const all = new Set(["/opt/c", "/usr/bin/chromium", "/pw/chrome"]);
    const exists = (p: string) => all.has(p);
    expect(findChromium({ env: { CHROMIUM_PATH: "/opt/c" }, exists, downloaded: () => "/pw/chrome" })).toBe("/opt/c");
    expect(findChromium({ env: {}, exists, downloaded: () => "/pw/chrome" })).toBe("/usr/bin/chromium");
    expect(findChromium({ env: {}, exists: (p) => p === "/pw/chrome", downloaded: () => "/pw/chrome" })).toBe("/pw/chrome");
  });

  it("skips a CHROMIUM_PATH that does not exist", () => {
    expect(findChromium({ env: { CHROMIUM_PATH: "/nope" }, exists: (p) => p === "/usr/bin/chromium", downloaded: none })).toBe(
      "/usr/bin/chromium",
    );
  });

  it("finds nothing on a machine without a browser, and the help says how to get one", () => {
    expect(findChromium({ env: {}, exists: () => false, downloaded: none })).toBeNull();
    expect(CHROMIUM_HELP).toContain("apt-get install chromium");
    expect(CHROMIUM_HELP).toContain("npx playwright install chromium");
  });
});
