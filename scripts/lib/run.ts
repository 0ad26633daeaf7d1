import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../lib/db/schema-engine";

export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** Runs a command to completion, inheriting stdio; resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
}

/** The env every Next process of ours runs with. */
export function nextEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra } as NodeJS.ProcessEnv;
}

export const TSX_CLI = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/** Starts the portal server (scripts/serve.ts) as a child process. */
export function startPortal(options: { port: string; host?: string; dev?: boolean; env: NodeJS.ProcessEnv }): ChildProcess {
  const args = [TSX_CLI, path.join(ROOT, "scripts", "serve.ts"), "--port", options.port];
  if (options.host) args.push("--host", options.host);
  if (options.dev) args.push("--dev");
  return startProcess(process.execPath, args, options.env);
}
