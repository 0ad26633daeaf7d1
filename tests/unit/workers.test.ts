import { describe, expect, it } from "vitest";
import { workerCount } from "../../scripts/lib/workers";

describe("how many server processes the portal runs", () => {
  it("runs one per core up to two by default, and one in development", () => {
    expect(workerCount({ dev: false, asked: undefined, cores: 1 })).toBe(1);
    expect(workerCount({ dev: false, asked: undefined, cores: 2 })).toBe(2);
    expect(workerCount({ dev: false, asked: "", cores: 16 })).toBe(2);
    expect(workerCount({ dev: true, asked: "4", cores: 16 })).toBe(1);
  });
  it("takes HUKOU_WORKERS when it is a sensible whole number, and says what is wrong otherwise", () => {
    expect(workerCount({ dev: false, asked: "1", cores: 2 })).toBe(1);
    expect(workerCount({ dev: false, asked: "6", cores: 2 })).toBe(6);
    for (const bad of ["0", "-1", "2.5", "many", "33"]) {
      expect(() => workerCount({ dev: false, asked: bad, cores: 2 })).toThrow(/HUKOU_WORKERS must be a whole number from 1 to 32/);
    }
  });
});
