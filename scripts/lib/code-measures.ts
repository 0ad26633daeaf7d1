// The code-shape measures of issue 17, computed from the tracked sources so anyone can re-measure:
// files over a line budget, functions over a line budget, and the lines of the server-action files.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export const FILE_LINE_LIMIT = 300;
export const FUNCTION_LINE_LIMIT = 80;
export const ACTION_LINES_LIMIT = 550;

export type LongFunction = { file: string; name: string; line: number; lines: number };
export type CodeMeasures = {
  longFiles: { file: string; lines: number }[];
  longFunctions: LongFunction[];
  actionFiles: { file: string; lines: number }[];
  actionLines: number;
};

const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const SKIP_DIRS = new Set(["node_modules", ".next", "generated", "test-results", "playwright-report", ".git", "migrations"]);

export function sourceFiles(root: string, folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name));
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        out.push(path.join(dir, entry.name));
      }
    }
  };
  for (const folder of folders) walk(path.join(root, folder));
  return out.sort();
}

function lineCount(text: string): number {
  if (text.length === 0) return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`;
  return "(anonymous)";
}

// A test file's describe()/test() callback is a grouping of cases, not a function of the product;
// the cases' own helpers are measured like any other function.
const TEST_GROUPS = /^(describe|it|test)(\.(each|only|skip|concurrent|serial|describe|step)(\(.*\))?)*$/s;
function isTestGroup(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent || !ts.isCallExpression(parent)) return false;
  const callee = ts.isCallExpression(parent.expression) ? parent.expression.expression : parent.expression;
  return TEST_GROUPS.test(callee.getText());
}

export function longFunctions(file: string, text: string, limit = FUNCTION_LINE_LIMIT): LongFunction[] {
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit && !isTestGroup(node)) found.push({ file, name: functionName(node), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function measure(root: string, folders: string[]): CodeMeasures {
  const longFiles: CodeMeasures["longFiles"] = [];
  const functions: LongFunction[] = [];
  const actionFiles: CodeMeasures["actionFiles"] = [];
  for (const full of sourceFiles(root, folders)) {
    const file = path.relative(root, full);
    const text = fs.readFileSync(full, "utf8");
    const lines = lineCount(text);
    if (lines > FILE_LINE_LIMIT) longFiles.push({ file, lines });
    functions.push(...longFunctions(file, text));
    if (/^\s*["']use server["']/m.test(text.split("\n").slice(0, 5).join("\n"))) actionFiles.push({ file, lines });
  }
  return {
    longFiles: longFiles.sort((a, b) => b.lines - a.lines),
    longFunctions: functions.sort((a, b) => b.lines - a.lines),
    actionFiles,
    actionLines: actionFiles.reduce((n, f) => n + f.lines, 0),
  };
}
