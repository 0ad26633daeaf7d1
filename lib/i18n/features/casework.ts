// The "casework" part of the catalogue, both languages side by side (Chinese first). Merged into the
// catalogue under the key "casework" by zh-cn.ts and en.ts; the type checker refuses a missing English string.
import type { Widen } from "../widen";

export const caseworkZh = {
  title: "casework",
};

export const caseworkEn: Widen<typeof caseworkZh> = {
  title: "casework",
};
