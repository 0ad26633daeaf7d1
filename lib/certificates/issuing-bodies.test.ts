import { describe, expect, it } from "vitest";
import { issuingBodiesOf } from "./issuing-bodies";

const town = (name: string) => ({ name, level: "TOWN" });
const county = (name: string) => ({ name, level: "COUNTY" });
const city = (name: string) => ({ name, level: "CITY" });

describe("the 公安机关 behind a station and where 行政复议 goes", () => {
  it.each([
    [[county("北湖区"), city("郴州市")], "郴州市公安局北湖分局", "北湖区人民政府"],
    [[town("沙洲街道"), county("汝城县"), city("郴州市")], "汝城县公安局", "汝城县人民政府"],
    [[county("都匀市"), city("黔南州")], "都匀市公安局", "都匀市人民政府"],
    [[town("沁园街道"), city("济源市")], "济源市公安局", "济源市人民政府"],
    [[town("嘎鲁图镇"), city("乌审旗")], "乌审旗公安局", "乌审旗人民政府"],
  ])("%j → %s, %s", (ancestors, bureauName, reviewBody) => {
    expect(issuingBodiesOf(ancestors)).toEqual({ bureauName, reviewBody });
  });

  it("without any unit above the station: generic words, never an invented name", () => {
    expect(issuingBodiesOf([])).toEqual({ bureauName: "", reviewBody: "作出本决定的公安机关的本级人民政府" });
  });
});
