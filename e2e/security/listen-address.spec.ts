// Issue 16 M6: the portal started without a host (scripts/test-all.ts starts it as `npm start` does)
// answers on the loopback addresses only. http://localhost:PORT works in the browser and for API
// clients whichever loopback address they try first; the machine's network address is refused.
import os from "node:os";
import { expect, test } from "../fixtures";
import { acceptsConnections } from "../../scripts/lib/listen";

const port = Number(new URL(process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100").port);
const outward = Object.values(os.networkInterfaces())
  .flat()
  .filter((i) => i && !i.internal)
  .map((i) => i!.address);
const hasIpv6Loopback = Object.values(os.networkInterfaces())
  .flat()
  .some((i) => i?.internal && i.family === "IPv6");

const connects = (host: string) => acceptsConnections({ host, port, timeoutMs: 3000 });

test("the portal answers on 127.0.0.1 and ::1 and not on the machine's network addresses", async () => {
  expect(await connects("127.0.0.1")).toBe(true);
  if (hasIpv6Loopback) expect(await connects("::1")).toBe(true);
  for (const address of outward) expect(await connects(address), address).toBe(false);
});

test("http://localhost:PORT reaches the portal from the browser and from an API client", async ({ page, playwright }) => {
  const response = await page.goto(`http://localhost:${port}/signin`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("form").first()).toBeVisible();
  const api = await playwright.request.newContext({ baseURL: `http://localhost:${port}` });
  try {
    expect((await api.get("/api/auth/csrf")).status()).toBe(200);
    if (hasIpv6Loopback) expect((await api.get(`http://[::1]:${port}/api/auth/csrf`)).status()).toBe(200);
  } finally {
    await api.dispose();
  }
});
