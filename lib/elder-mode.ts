// 长辈版 (the elderly-friendly mode of 工业和信息化部《互联网网站适老化通用设计规范》): one cookie,
// read on the server by the root layout so the first paint is already large (no script, no flash).
export const ELDER_COOKIE = "elder";
export const ELDER_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The cookie's value means "on" only when it is exactly "1"; anything else is the standard view. */
export function isElderOn(value: string | undefined | null): boolean {
  return value === "1";
}
