// English for demo/zh-CN.ts (the Chinese is the source; the type checker refuses a missing string).
import type { Widen } from "../../widen";
import type { demoZh } from "./zh-CN";

export const demoEn: Widen<typeof demoZh> = {
  bannerLabel: "Demo account",
  banner:
    "You are using a demo account: its username and password are public, and the people and cases shown are made up. Do not enter real personal data.",
};
