// The mark on every page a demo account sees (issue 16 M6): its password is public.
// Chinese first; merged under "demo" by zh-cn.ts and en.ts.
import type { Widen } from "../widen";

export const demoZh = {
  bannerLabel: "演示账号",
  banner: "您正在使用演示账号：账号和密码公开，页面中的人员和案件均为虚构。请勿录入真实的个人信息。",
};

export const demoEn: Widen<typeof demoZh> = {
  bannerLabel: "Demo account",
  banner:
    "You are using a demo account: its username and password are public, and the people and cases shown are made up. Do not enter real personal data.",
};
