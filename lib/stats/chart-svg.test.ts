// The charts are markup the page inlines: no script, a name for assistive technology, responsive.
import { describe, expect, it } from "vitest";
import { barChartSvg, gaugeSvg, lineChartSvg } from "./chart-svg";

describe("server-rendered charts", () => {
  const charts = {
    line: lineChartSvg({ label: "趋势 <a&b>", categories: ["2016", "2017"], series: [{ name: "户籍", data: [40.1, null] }], unit: "%" }),
    bar: barChartSvg({
      label: "各县",
      categories: ["都匀市", "福泉市"],
      series: [{ name: "得分", data: [93.76, 90.99] }],
      stacked: true,
      markValue: { name: "目标", value: 90 },
    }),
    gauge: gaugeSvg({ label: "进度", value: 72.5, max: 100, unit: "%" }),
  };
  for (const [kind, svg] of Object.entries(charts)) {
    it(`${kind}: an SVG image with its name, scaling with its box, with no script`, () => {
      expect(svg.startsWith('<svg role="img" aria-label=')).toBe(true);
      expect(svg).toContain("viewBox=");
      expect(svg).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
      expect(svg).not.toMatch(/^<svg[^>]*\swidth="\d+"/);
    });
  }
  it("escapes the label and draws the figures", () => {
    expect(charts.line).toContain('aria-label="趋势 &lt;a&amp;b&gt;"');
    expect(charts.bar).toContain("都匀市");
    expect(charts.gauge).toContain("72.5%");
  });
});
