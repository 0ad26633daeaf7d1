// The "mycase" part of the catalogue, both languages side by side (Chinese first). Merged into the
// catalogue under the key "mycase" by zh-cn.ts and en.ts; the type checker refuses a missing English string.
import type { Widen } from "../widen";

export const mycaseZh = {
  title: "mycase",
};

export const mycaseEn: Widen<typeof mycaseZh> = {
  title: "mycase",
};
