// The "apply" part of the catalogue, both languages side by side (Chinese first). Merged into the
// catalogue under the key "apply" by zh-cn.ts and en.ts; the type checker refuses a missing English string.
import type { Widen } from "../widen";

export const applyZh = {
  title: "apply",
};

export const applyEn: Widen<typeof applyZh> = {
  title: "apply",
};
