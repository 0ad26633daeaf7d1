// Poppler's command-line tools, for the tests that read a generated PDF back: where they are not installed
// the reading part is skipped (CI images have them; a developer's machine may not).
import { execFileSync } from "node:child_process";

/** Whether `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The PDF's text as pdftotext lays it out. */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-layout", "-", "-"], { input: Buffer.from(bytes) }).toString("utf8");
}
