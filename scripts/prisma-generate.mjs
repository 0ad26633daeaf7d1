// Runs `prisma generate` offline. The Prisma CLI insists on finding a native schema-engine
// binary before generating, though generate never runs it (TOOLCHAIN-FACTS); point it at an
// existing file so it does not try to download one. Migrations use the WebAssembly engine.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const args = process.argv.slice(2);
const result = spawnSync(process.execPath, [cli, ...(args.length ? args : ["generate"])], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
