import { describe, expect, it } from "vitest";
import { longFunctions } from "../../scripts/lib/code-measures";

const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join("\n");

describe("code measures", () => {
  it("finds a function of 81 lines and passes one of 80", () => {
    const text = `export function long() {\n${body(79)}\n}\n\nexport const short = () => {\n${body(78)}\n};\n`;
    expect(longFunctions("x.ts", text).map((f) => [f.name, f.lines])).toEqual([["long", 81]]);
  });

  it("does not count a test file's describe() or test() callback, but does count a helper inside it", () => {
    const text = `describe("group", () => {\n  function helper() {\n${body(85)}\n  }\n${body(10)}\n});\n`;
    expect(longFunctions("x.test.ts", text).map((f) => f.name)).toEqual(["helper"]);
  });
});
