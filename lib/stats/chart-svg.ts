// Charts as SVG markup rendered on the server with Apache ECharts' SSR mode (docs/decisions/0203): the
// page ships no chart JavaScript, the markup carries no script, and the CSP's style-src 'unsafe-inline'
// covers the inline style attributes ECharts writes. Each chart sits beside a table with the same
// numbers, so the SVG itself is one labelled image for assistive technology.
import * as echarts from "echarts";

const FONT = '"Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';
const PALETTE = ["#1d4ed8", "#b45309", "#15803d", "#7c3aed", "#be123c", "#0f766e"];

export interface Series {
  name: string;
  data: (number | null)[];
}

function render(options: { width: number; height: number; label: string; option: echarts.EChartsCoreOption }): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: options.width, height: options.height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT }, ...options.option });
    const svg = chart.renderToSVGString();
    // Scale with its box (viewBox stays), and name it: the table beside it has the figures.
    const label = options.label.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
    return svg.replace(
      /^<svg width="\d+" height="\d+"/,
      `<svg role="img" aria-label="${label}" preserveAspectRatio="xMidYMid meet" style="width:100%;height:auto;display:block"`,
    );
  } finally {
    chart.dispose();
  }
}

/** A trend line per series over categories (years, months); null leaves a gap. */
export function lineChartSvg(options: {
  label: string;
  categories: string[];
  series: Series[];
  unit?: string;
  width?: number;
  height?: number;
}): string {
  return render({
    width: options.width ?? 640,
    height: options.height ?? 300,
    label: options.label,
    option: {
      grid: { left: 56, right: 20, top: 40, bottom: 32 },
      legend: { top: 4, textStyle: { fontSize: 13 } },
      xAxis: { type: "category", data: options.categories, axisLabel: { fontSize: 12 } },
      yAxis: { type: "value", scale: true, axisLabel: { fontSize: 12, formatter: `{value}${options.unit ?? ""}` } },
      series: options.series.map((s) => ({
        name: s.name,
        type: "line",
        data: s.data,
        connectNulls: false,
        symbolSize: 6,
        label: {
          show: options.categories.length <= 12,
          fontSize: 11,
          formatter: (p: { value: number }) => (p.value === null ? "" : String(p.value)),
        },
      })),
    },
  });
}

/** Bars per category (counties), one colour per series; an optional reference line (a target). */
export function barChartSvg(options: {
  label: string;
  categories: string[];
  series: Series[];
  unit?: string;
  stacked?: boolean;
  markValue?: { name: string; value: number };
  width?: number;
  height?: number;
}): string {
  return render({
    width: options.width ?? 640,
    height: options.height ?? 320,
    label: options.label,
    option: {
      grid: { left: 56, right: 20, top: 40, bottom: 72 },
      legend: { top: 4, textStyle: { fontSize: 13 } },
      xAxis: {
        type: "category",
        data: options.categories,
        axisLabel: { fontSize: 12, interval: 0, rotate: options.categories.length > 6 ? 40 : 0 },
      },
      yAxis: { type: "value", axisLabel: { fontSize: 12, formatter: `{value}${options.unit ?? ""}` } },
      series: options.series.map((s, i) => ({
        name: s.name,
        type: "bar",
        data: s.data,
        stack: options.stacked ? "all" : undefined,
        markLine:
          i === 0 && options.markValue
            ? {
                symbol: "none",
                silent: true,
                label: { formatter: options.markValue.name, fontSize: 11 },
                lineStyle: { type: "dashed", color: "#be123c" },
                data: [{ yAxis: options.markValue.value }],
              }
            : undefined,
      })),
    },
  });
}

/** A gauge of progress towards a target: the needle at `value` on a dial from 0 to `max`. */
export function gaugeSvg(options: {
  label: string;
  value: number;
  max: number;
  target?: number;
  unit?: string;
  width?: number;
  height?: number;
}): string {
  const unit = options.unit ?? "";
  return render({
    width: options.width ?? 320,
    height: options.height ?? 240,
    label: options.label,
    option: {
      series: [
        {
          type: "gauge",
          min: 0,
          max: options.max,
          radius: "88%",
          center: ["50%", "58%"],
          progress: { show: true, width: 14 },
          axisLine: { lineStyle: { width: 14 } },
          axisTick: { show: false },
          splitLine: { length: 8 },
          axisLabel: { distance: 18, fontSize: 11 },
          pointer: { width: 4 },
          detail: { valueAnimation: false, fontSize: 22, offsetCenter: [0, "45%"], formatter: `{value}${unit}` },
          title: { show: false },
          data: [{ value: Math.round(options.value * 100) / 100 }],
        },
      ],
    },
  });
}
