// Finds a Chromium for the end-to-end tests: an explicit env var, Debian's /usr/bin/chromium,
// or a browser Playwright downloaded itself. Shared by playwright.config.ts and scripts/test-all.ts.
import fs from "node:fs";

export const CHROMIUM_HELP =
  "No Chromium found for the end-to-end tests. Install one:\n" +
  "  • Debian/Ubuntu: sudo apt-get install chromium   (then re-run npm test)\n" +
  "  • where the internet is reachable: npx playwright install chromium\n" +
  "  • or point CHROMIUM_PATH at an existing Chromium/Chrome binary.";

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  try {
    // Playwright's own download, if `npx playwright install chromium` was run.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    const p = chromium.executablePath();
    if (p && fs.existsSync(p)) return p;
  } catch {
    // no playwright-core browser registry: fall through
  }
  return null;
}
