import { describe, expect, it } from "vitest";
import { commonPasswords, passwordProblem } from "./common-passwords";

describe("password policy", () => {
  it("ships a list of 1,000 common passwords", () => {
    expect(commonPasswords().size).toBe(1000);
    for (const p of ["123456", "password", "qwerty", "woaini1314", "1qaz2wsx"]) expect(commonPasswords().has(p)).toBe(true);
  });

  it("refuses passwords shorter than 10 characters", () => {
    expect(passwordProblem("Xk7#pq2Lm")).toBe("TOO_SHORT");
    expect(passwordProblem("")).toBe("TOO_SHORT");
  });

  it("refuses a common password whatever its case", () => {
    expect(passwordProblem("password123")).toBe("COMMON");
    expect(passwordProblem("PassWord123")).toBe("COMMON");
    expect(passwordProblem("WOAINI1314")).toBe("COMMON");
    expect(passwordProblem("1234567890")).toBe("COMMON");
  });

  it("accepts a long uncommon password, Chinese characters counted as characters", () => {
    expect(passwordProblem("郴州北湖区人民路派出所")).toBeNull();
    expect(passwordProblem("correct horse battery")).toBeNull();
    expect(passwordProblem("x".repeat(201))).toBe("TOO_LONG");
  });
});
