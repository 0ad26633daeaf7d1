// 黔南 附件1 二(一)2 counting standard, one case per branch.
import { describe, expect, it } from "vitest";
import { areaFromFacts, classifySettlement } from "./settlement-category";

const base = {
  targetArea: "TOWN" as const,
  previousArea: "RURAL" as const,
  previousInSameCounty: false,
  pathwayId: "qiannan.town.work-business",
};

describe("classifySettlement", () => {
  it("a rural person moving into a town is an agricultural-transfer settlement, from near or far", () => {
    expect(classifySettlement(base)).toBe("AGRI_TRANSFER");
    expect(classifySettlement({ ...base, previousInSameCounty: true })).toBe("AGRI_TRANSFER");
    expect(classifySettlement({ ...base, targetArea: "CENTRAL_URBAN" })).toBe("AGRI_TRANSFER");
  });
  it("an urban person from elsewhere moving into a local town is another resident's settlement", () => {
    expect(classifySettlement({ ...base, previousArea: "TOWN" })).toBe("OTHER_RESIDENT");
    expect(classifySettlement({ ...base, previousArea: "CENTRAL_URBAN" })).toBe("OTHER_RESIDENT");
  });
  it("urban to urban inside the same county is not a settlement from elsewhere", () => {
    expect(classifySettlement({ ...base, previousArea: "TOWN", previousInSameCounty: true })).toBe("LOCAL_URBAN_MOVE");
  });
  it("urban-village conversion (济源 二(三) on-the-spot registration) is excluded", () => {
    expect(classifySettlement({ ...base, pathwayId: "jiyuan.landless-villager-in-place" })).toBe("EXCLUDED_CONVERSION");
  });
  it("settling into a rural address is not settling in a town", () => {
    expect(classifySettlement({ ...base, targetArea: "RURAL" })).toBe("NOT_TOWN");
  });
  it("an unknown previous attribute is not guessed", () => {
    expect(classifySettlement({ ...base, previousArea: null })).toBe("UNCLASSIFIED");
  });
  it("reads the facts' area codes", () => {
    expect([areaFromFacts("rural"), areaFromFacts("town"), areaFromFacts("central_urban"), areaFromFacts("x")]).toEqual([
      "RURAL",
      "TOWN",
      "CENTRAL_URBAN",
      null,
    ]);
  });
});
