import { describe, expect, it } from "vitest";
import { checkCharacter, makeCitizenId, maskCitizenId, maskPhone, parseCitizenId } from "./citizen-id";

// 11010519491231002X is the example printed in GB 11643-1999 itself.
const STANDARD_EXAMPLE = "11010519491231002X";

describe("parseCitizenId", () => {
  it("accepts the standard's own example and reads birth date and sex", () => {
    expect(parseCitizenId({ input: STANDARD_EXAMPLE })).toEqual({
      ok: true,
      value: STANDARD_EXAMPLE,
      birthDate: "1949-12-31",
      sex: "FEMALE",
    });
  });

  it("accepts a lowercase x and normalises it", () => {
    const r = parseCitizenId({ input: STANDARD_EXAMPLE.toLowerCase() });
    expect(r.ok && r.value).toBe(STANDARD_EXAMPLE);
  });

  it.each([
    ["wrong check digit", "110105194912310021", "CHECK_DIGIT"],
    ["impossible date 19490230", "110105194902300027", "BIRTH_DATE"],
    ["month 13", "110105194913310020", "BIRTH_DATE"],
    ["too short", "11010519491231002", "LENGTH"],
    ["too long", "11010519491231002X1", "LENGTH"],
    ["letter inside", "1101051949A231002X", "FORMAT"],
    ["X not last", "1101051949123100X2", "FORMAT"],
  ] as const)("refuses %s", (_label, input, problem) => {
    expect(parseCitizenId({ input })).toEqual({ ok: false, problem });
  });

  it("refuses a birth date after today", () => {
    const id = makeCitizenId({ region: "419001", birthDate: "2030-01-01", sequence: 11, sex: "MALE" });
    expect(parseCitizenId({ input: id, today: "2026-11-21" })).toEqual({ ok: false, problem: "BIRTH_DATE" });
  });

  it("refuses a Feb 29 in a non-leap year and accepts it in a leap year", () => {
    const leap = makeCitizenId({ region: "419001", birthDate: "2000-02-29", sequence: 3, sex: "MALE" });
    expect(parseCitizenId({ input: leap }).ok).toBe(true);
    const first17 = "41900119990229003";
    expect(parseCitizenId({ input: first17 + checkCharacter(first17) })).toEqual({ ok: false, problem: "BIRTH_DATE" });
  });
});

describe("makeCitizenId", () => {
  it("produces numbers that validate, with the requested sex", () => {
    for (let i = 0; i < 200; i++) {
      const sex = i % 3 === 0 ? "FEMALE" : "MALE";
      const id = makeCitizenId({ region: "431002", birthDate: "1985-07-15", sequence: i, sex });
      const parsed = parseCitizenId({ input: id });
      expect(parsed).toMatchObject({ ok: true, birthDate: "1985-07-15", sex });
    }
  });
});

describe("masking", () => {
  it("masks the middle of a citizen ID and a phone", () => {
    expect(maskCitizenId(STANDARD_EXAMPLE)).toBe("1101**********002X");
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone(null)).toBe("");
  });
});
