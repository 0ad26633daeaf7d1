// The mark on every page a demo account sees (issue 16 M6): its password is public.
// Chinese first; merged under "demo" by lib/i18n/zh-cn.ts and lib/i18n/en.ts.

export const demoZh = {
  bannerLabel: "演示账号",
  banner: "您正在使用演示账号：账号和密码公开，页面中的人员和案件均为虚构。请勿录入真实的个人信息。",
};
