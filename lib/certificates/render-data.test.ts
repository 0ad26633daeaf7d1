import { describe, expect, it } from "vitest";
import { readCertificateData } from "./render-data";

describe("readCertificateData", () => {
  it("reads the known keys", () => {
    expect(
      readCertificateData({ householdNumber: "431002000123", address: "郴州市北湖区人民西路 1 号", validUntil: "2027-11-20" }),
    ).toEqual({
      householdNumber: "431002000123",
      address: "郴州市北湖区人民西路 1 号",
      validUntil: "2027-11-20",
    });
  });

  it("ignores unknown keys, non-text values and blanks", () => {
    expect(
      readCertificateData({ somethingElse: "x", address: { nested: true }, clause: "   ", permitNumber: null, stationName: ["a"] }),
    ).toEqual({});
  });

  it("turns numbers into text and flattens control characters and runs of spaces", () => {
    expect(readCertificateData({ householdNumber: 12345, address: "人民路\n\t1 号" })).toEqual({
      householdNumber: "12345",
      address: "人民路 1 号",
    });
  });

  it("cuts overlong values", () => {
    expect(Array.from(readCertificateData({ address: "路".repeat(500) }).address!).length).toBe(120);
  });

  it("tolerates anything that is not an object", () => {
    for (const value of [null, undefined, "text", 3, [], true]) expect(readCertificateData(value)).toEqual({});
  });
});
