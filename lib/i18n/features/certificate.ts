// The "certificate" part of the catalogue, both languages side by side (Chinese first). Merged into the
// catalogue under the key "certificate" by zh-cn.ts and en.ts; the type checker refuses a missing English string.
import type { Widen } from "../widen";

export const certificateZh = {
  title: "certificate",
};

export const certificateEn: Widen<typeof certificateZh> = {
  title: "certificate",
};
