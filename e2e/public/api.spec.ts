import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "../fixtures";

const ROOT = path.resolve(__dirname, "../..");

function cli(file: string): { code: number; stdout: string } {
  try {
    return { code: 0, stdout: execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/eligibility.ts", file], { cwd: ROOT, encoding: "utf8" }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, stdout: e.stdout };
  }
}

for (const [file, status, exit] of [
  ["tests/fixtures/eligibility/chenzhou-central-insured.json", 200, 0],
  ["tests/fixtures/eligibility/wushen-town.json", 200, 0],
  ["tests/fixtures/eligibility/invalid.json", 400, 2],
  ["tests/fixtures/eligibility/contradictions.json", 400, 2],
] as const) {
  test(`the HTTP API and the CLI give the same JSON: ${path.basename(file)}`, async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", {
      data: readFileSync(path.join(ROOT, file), "utf8"),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status()).toBe(status);
    const run = cli(file);
    expect(run.code).toBe(exit);
    expect(await response.json()).toEqual(JSON.parse(run.stdout));
  });
}
