import { describe, expect, it } from "vitest";
import { issuingBodiesOf } from "./issuing-bodies";

describe("the 公安机关 behind a station and where 行政复议 goes", () => {
  it.each([
    [
      [
        { name: "北湖区", level: "COUNTY" },
        { name: "郴州市", level: "CITY" },
      ],
      "郴州市公安局北湖分局",
      "北湖区人民政府",
    ],
    [
      [
        { name: "沙洲街道", level: "TOWN" },
        { name: "汝城县", level: "COUNTY" },
        { name: "郴州市", level: "CITY" },
      ],
      "汝城县公安局",
      "汝城县人民政府",
    ],
    [
      [
        { name: "都匀市", level: "COUNTY" },
        { name: "黔南州", level: "CITY" },
      ],
      "都匀市公安局",
      "都匀市人民政府",
    ],
    [
      [
        { name: "沁园街道", level: "TOWN" },
        { name: "济源市", level: "CITY" },
      ],
      "济源市公安局",
      "济源市人民政府",
    ],
    [
      [
        { name: "嘎鲁图镇", level: "TOWN" },
        { name: "乌审旗", level: "CITY" },
      ],
      "乌审旗公安局",
      "乌审旗人民政府",
    ],
  ])("%j → %s, %s", (ancestors, bureauName, reviewBody) => {
    expect(issuingBodiesOf(ancestors)).toEqual({ bureauName, reviewBody });
  });

  it("without any unit above the station: generic words, never an invented name", () => {
    expect(issuingBodiesOf([])).toEqual({ bureauName: "", reviewBody: "作出本决定的公安机关的本级人民政府" });
  });
});
