/**
 * The 如实申报承诺 the applicant ticks before 提交申请, word for word as the check-answers page shows it
 * in Chinese (lib/i18n/features/care/zh-CN.ts; declaration.test.ts keeps the two equal). The audit row of the
 * submission records this text, so what was declared stays known if the wording changes later.
 */
export const DECLARATION_TEXT = "本人承诺所填信息和所交材料真实有效，如有虚假愿承担法律责任。";
