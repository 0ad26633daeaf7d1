// Sign-out over HTTPS (issue #9, item 1): with NEXTAUTH_URL=https://… the session cookie is
// `__Secure-next-auth.session-token`, which a browser deletes only when the deletion carries `Secure`.
// A second portal runs here behind a TLS front with a self-signed certificate made for the test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createUser, expect, test } from "../fixtures";

let portal: ChildProcess | null = null;

/** A port the system has just handed out (listen on 0), free again once we close it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
let front: https.Server | null = null;
let origin = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hukou-tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  const appPort = await freePort();
  const tlsPort = await freePort();
  origin = `https://127.0.0.1:${tlsPort}`;
  const root = process.cwd();
  portal = spawn(
    process.execPath,
    [
      path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      path.join(root, "scripts", "serve.ts"),
      "--port",
      String(appPort),
      "--host",
      "127.0.0.1",
    ],
    {
      cwd: root,
      // The portal's own least-privileged connection, as the main test portal has (scripts/test-all.ts).
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_PORTAL_DATABASE_URL ?? process.env.DATABASE_URL,
        NEXTAUTH_URL: origin,
        HUKOU_JOBS: "0",
      },
      stdio: "ignore",
    },
  );
  // The TLS front passes requests through unchanged (Host included), as a reverse proxy would.
  front = https.createServer(
    { key: fs.readFileSync(path.join(dir, "key.pem")), cert: fs.readFileSync(path.join(dir, "cert.pem")) },
    (req, res) => {
      const upstream = http.request(
        { host: "127.0.0.1", port: appPort, method: req.method, path: req.url, headers: { ...req.headers, "x-forwarded-proto": "https" } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => {
        res.statusCode = 502;
        res.end();
      });
      req.pipe(upstream);
    },
  );
  await new Promise<void>((resolve) => front!.listen(tlsPort, "127.0.0.1", resolve));
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`http://127.0.0.1:${appPort}/api/auth/csrf`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the HTTPS test portal did not start");
});

test.afterAll(async () => {
  front?.close();
  if (portal && portal.exitCode === null) {
    const exited = new Promise((resolve) => portal!.once("exit", resolve));
    portal.kill("SIGTERM");
    await exited;
  }
});

test("over HTTPS the Secure session cookie is set at sign-in and really removed at sign-out", async ({ browser, db }) => {
  const user = await createUser(db, { role: "APPLICANT" });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=%2Fme");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/me$/);
  const session = (await context.cookies()).find((c) => c.name === "__Secure-next-auth.session-token");
  expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  // Issue #16 L8: a session cookie (gone when the browser closes); the 8-hour limit is in the token.
  expect(session?.expires).toBe(-1);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).not.toHaveURL(/\/me$/);
  expect((await context.cookies()).filter((c) => c.name.includes("session-token"))).toEqual([]);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme/);
  await context.close();
});

test("over HTTPS every response carries Strict-Transport-Security (issue #16 L8)", async ({ playwright }) => {
  const request = await playwright.request.newContext({ ignoreHTTPSErrors: true, baseURL: origin });
  for (const path of [
    "/",
    "/check",
    "/api/auth/csrf",
    "/api/v1/eligibility",
    "/documents/00000000-0000-0000-0000-000000000000",
    "/certificates/x",
    "/locale?to=en",
    "/no-such-page",
    "/verify/%FF",
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()["strict-transport-security"], `${path} (${res.status()})`).toMatch(/^max-age=\d{7,}/);
  }
  await request.dispose();
});
