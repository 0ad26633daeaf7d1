// Decides whether the production build in .next is older than the sources, so `npm start`
// rebuilds only when something changed (a fresh clone, a pull, an edit).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NEXT_BIN, run } from "./run";

const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function walk(target: string, out: string[]) {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
      walk(path.join(target, name), out);
    }
  } else if (!/\.test\.tsx?$/.test(target)) {
    out.push(`${target}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceStamp(root: string): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function buildIsCurrent(root: string): boolean {
  const stampFile = path.join(root, ".next", "hukou-source-stamp");
  return (
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, "utf8") === sourceStamp(root)
  );
}

export function recordBuild(root: string): void {
  fs.writeFileSync(path.join(root, ".next", "hukou-source-stamp"), sourceStamp(root));
}

/** Builds with `next build` unless the last build is of these very sources; false when the build failed. */
export async function ensureBuild(options: { root: string; env: NodeJS.ProcessEnv; log: (line: string) => void }): Promise<boolean> {
  if (buildIsCurrent(options.root)) {
    options.log("  (sources unchanged since the last build: reusing .next)");
    return true;
  }
  options.log("• Building the portal (first build or sources changed)…");
  if ((await run(process.execPath, [NEXT_BIN, "build"], options.env)) !== 0) return false;
  recordBuild(options.root);
  return true;
}
