// scripts/eligibility.ts prints exactly what answerEligibility returns, with the contract's exit codes,
// and needs no database or server.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerEligibilityText } from "./answer";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/fixtures/eligibility");

function cli(args: string[], input?: string) {
  const run = spawnSync("npx", ["tsx", "scripts/eligibility.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expected(file: string) {
  // Fixtures state asOf, so "today" does not matter to the answer.
  return answerEligibilityText({ text: readFileSync(path.join(FIXTURES, file), "utf8"), today: "2000-01-01" });
}

describe("npm run eligibility", { timeout: 120_000 }, () => {
  it.each([
    ["chenzhou-central.json", 0],
    ["wushen-town.json", 0],
    ["shaoguan-expired.json", 0],
    ["shaoguan-permit-after-trial.json", 0],
    ["shaoguan-graduate-returns.json", 0],
    ["wushen-child-joining-parent.json", 0],
    ["qiannan-staff-in-post.json", 0],
    ["invalid.json", 2],
    ["not-json.txt", 2],
  ])("%s → exit %i, stdout identical to answerEligibility", (file, code) => {
    const run = cli([path.join("tests/fixtures/eligibility", file)]);
    expect(run.code).toBe(code);
    const answer = expected(file);
    expect(run.stdout).toBe(`${JSON.stringify(answer.json)}\n`);
    expect(answer.status).toBe(code === 0 ? 200 : 400);
  });

  it("reads stdin with -", () => {
    const text = readFileSync(path.join(FIXTURES, "wushen-pastoral-marriage.json"), "utf8");
    const run = cli(["-"], text);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).eligible).toBe(true);
    expect(run.stdout).toBe(`${JSON.stringify(expected("wushen-pastoral-marriage.json").json)}\n`);
  });

  it("answers 2 with a VALIDATION error for stdin that is not JSON", () => {
    const run = cli(["-"], "not json at all");
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: "VALIDATION", issues: [{ path: "", message: "must be valid JSON" }] } });
  });

  it("prints usage and exits 2 without an argument", () => {
    const run = cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^usage: npm run -s eligibility -- <request.json \| ->$/m);
  });

  it("exits 2 naming a file it cannot read", () => {
    const run = cli(["tests/fixtures/eligibility/missing.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read tests/fixtures/eligibility/missing.json (ENOENT)");
  });
});
