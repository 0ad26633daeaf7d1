// `npm run measure`: the shape of the code base in numbers (issue 17): files over 300 lines, functions
// over 80 lines, and the lines of the server-action files. `--check` exits 1 when a budget is exceeded.
import path from "node:path";
import { ACTION_LINES_LIMIT, FILE_LINE_LIMIT, FUNCTION_LINE_LIMIT, measure } from "./lib/code-measures";

const ROOT = path.resolve(__dirname, "..");
const FOLDERS = ["app", "components", "lib", "scripts", "prisma", "tests", "e2e", "proxy.ts"].filter((f) => !f.includes("."));

const m = measure(ROOT, FOLDERS);
console.log(`Files over ${FILE_LINE_LIMIT} lines: ${m.longFiles.length}`);
for (const f of m.longFiles) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);
console.log(`Functions over ${FUNCTION_LINE_LIMIT} lines: ${m.longFunctions.length}`);
for (const f of m.longFunctions) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
console.log(`Server-action files: ${m.actionFiles.length}, ${m.actionLines} lines (budget ${ACTION_LINES_LIMIT})`);
for (const f of m.actionFiles) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);

if (process.argv.includes("--check")) {
  const over = m.longFiles.length > 0 || m.longFunctions.length > 0 || m.actionLines > ACTION_LINES_LIMIT;
  process.exit(over ? 1 : 0);
}
