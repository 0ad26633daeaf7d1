// Finds a Chromium for the end-to-end tests: an explicit env var, Debian's /usr/bin/chromium,
// or a browser Playwright downloaded itself. Shared by playwright.config.ts and scripts/test-all.ts.
import fs from "node:fs";

export const CHROMIUM_HELP =
  "No Chromium found for the end-to-end tests. Install one:\n" +
  "  • Debian/Ubuntu: sudo apt-get install chromium   (then re-run npm test)\n" +
  "  • where the internet is reachable: npx playwright install chromium\n" +
  "  • or point CHROMIUM_PATH at an existing Chromium/Chrome binary.";

function playwrightDownload(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as typeof import("playwright-core");
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

export function findChromium(
  options: { env?: Record<string, string | undefined>; exists?: (p: string) => boolean; downloaded?: () => string | null } = {},
): string | null {
  const env = options.env ?? process.env;
  const exists = options.exists ?? fs.existsSync;
  const candidates = [
    env.CHROMIUM_PATH,
    env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    (options.downloaded ?? playwrightDownload)(),
  ];
  for (const c of candidates) if (c && exists(c)) return c;
  return null;
}
