// The audit trail in words: an action code as a phrase, the record kind as a noun, and a row's data as
// readable lines ("网络地址：10.0.0.7", "姓名：王警官 → 王芳") with residents' names, ID numbers and phones
// masked and ids replaced by the names they stand for. Pure: the caller looks the ids up.
import { translator, type Locale } from "@/lib/i18n";
import { auditActionsEn, auditEntitiesEn, auditFieldsEn } from "@/lib/i18n/features/audit-trail/en";
import { auditActionsZh, auditEntitiesZh, auditFieldsZh } from "@/lib/i18n/features/audit-trail/zh-CN";
import { maskCitizenId, maskPhone } from "@/lib/registry/citizen-id";
import { maskName } from "@/lib/certificates/mask-name";
import { isUuid } from "@/lib/security/uuid";

const isEn = (locale: string) => locale === "en";
const lookup = <T extends object>(table: T, key: string): string | undefined =>
  Object.hasOwn(table, key) ? (table as Record<string, string>)[key] : undefined;

/** Every action code the catalogue names (the coverage test compares the code's actions with it). */
export const LABELLED_ACTIONS: readonly string[] = Object.keys(auditActionsZh);

/** "application.take" → "受理申请"; an unknown code is shown as it is. */
export function actionLabel(options: { action: string; locale: string }): string {
  return lookup(isEn(options.locale) ? auditActionsEn : auditActionsZh, options.action) ?? options.action;
}

export function entityLabel(options: { entityType: string; locale: string }): string {
  return lookup(isEn(options.locale) ? auditEntitiesEn : auditEntitiesZh, options.entityType) ?? options.entityType;
}

function fieldLabel(key: string, locale: string): string {
  return lookup(isEn(locale) ? auditFieldsEn : auditFieldsZh, key) ?? key;
}

const CITIZEN_ID = /\b\d{17}[\dXx]\b/g;
const PHONE = /\b1[3-9]\d{9}\b/g;
const NAME_KEYS = /^(name|personName|holderName|applicantName|memberName|formerNames)$/;

/** Masks what could identify a resident inside free text. */
export function maskText(value: string): string {
  return value.replace(CITIZEN_ID, (m) => maskCitizenId(m)).replace(PHONE, (m) => maskPhone(m));
}

/**
 * A browser's identification string in words: "Chrome 130 · Windows". Enough to recognise a device in
 * a sign-in history; the full string helps nobody reading the page.
 */
export function describeBrowser(options: { userAgent: string; locale: string }): string {
  const ua = options.userAgent;
  const browser = /Edg\/(\d+)/.exec(ua)
    ? `Edge ${/Edg\/(\d+)/.exec(ua)![1]}`
    : /MicroMessenger\/([\d.]+)/.exec(ua)
      ? isEn(options.locale)
        ? "WeChat"
        : "微信"
      : /(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua)
        ? `Chrome ${/(?:Chrome|Chromium|CriOS)\/(\d+)/.exec(ua)![1]}`
        : /Firefox\/(\d+)/.exec(ua)
          ? `Firefox ${/Firefox\/(\d+)/.exec(ua)![1]}`
          : /Version\/(\d+)[\d.]* .*Safari\//.exec(ua)
            ? `Safari ${/Version\/(\d+)/.exec(ua)![1]}`
            : /^(curl|Wget|python-requests|node|undici|axios)/i.exec(ua)
              ? isEn(options.locale)
                ? `program (${/^[^/ ]+/.exec(ua)![0]})`
                : `程序（${/^[^/ ]+/.exec(ua)![0]}）`
              : null;
  const os = /Windows/.test(ua)
    ? "Windows"
    : /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad|iOS/.test(ua)
        ? "iOS"
        : /Mac OS X|Macintosh/.test(ua)
          ? "macOS"
          : /HarmonyOS/.test(ua)
            ? "HarmonyOS"
            : /Linux/.test(ua)
              ? "Linux"
              : null;
  const parts = [browser, os].filter(Boolean);
  return parts.length ? parts.join(" · ") : isEn(options.locale) ? "unknown browser" : "未知浏览器";
}

/** Ids in a row's data, for the caller to look up once per page. */
export function idsInData(data: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number) => {
    if (typeof v === "string" && isUuid(v)) out.add(v);
    else if (v && typeof v === "object" && depth < 2) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(data, 0);
  return [...out];
}

function formatValue(key: string, value: unknown, o: { locale: Locale; names: Map<string, string> }): string {
  const t = translator(o.locale);
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? (isEn(o.locale) ? "yes" : "是") : isEn(o.locale) ? "no" : "否";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value))
    return value.length === 0
      ? "—"
      : value
          .slice(0, 5)
          .map((v) => formatValue(key, v, o))
          .join(isEn(o.locale) ? ", " : "、") + (value.length > 5 ? "…" : "");
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .slice(0, 8)
      .map(([k, v]) => `${fieldLabel(k, o.locale)} ${formatValue(k, v, o)}`)
      .join(isEn(o.locale) ? ", " : "，");
  }
  const text = String(value);
  if (isUuid(text)) return o.names.get(text) ?? `#${text.slice(0, 8)}`;
  if (key === "userAgent") return describeBrowser({ userAgent: text, locale: o.locale });
  if (key === "role" && ["APPLICANT", "CLERK", "SUPERVISOR", "ADMIN"].includes(text)) return t(`roles.${text as "CLERK"}`);
  if (NAME_KEYS.test(key)) return maskName(text);
  const masked = maskText(text);
  return masked.length > 80 ? `${masked.slice(0, 79)}…` : masked;
}

/**
 * A row's data as lines. A before/after pair becomes one line per field that changed ("姓名：A → B");
 * `names` maps ids (users, units) to how people know them.
 */
export function dataLines(options: { data: unknown; locale: Locale; names?: Map<string, string> }): string[] {
  const { data, locale } = options;
  const o = { locale, names: options.names ?? new Map<string, string>() };
  if (data === null || data === undefined) return [];
  if (typeof data !== "object" || Array.isArray(data)) return [formatValue("", data, o)];
  const colon = isEn(locale) ? ": " : "：";
  const record = data as Record<string, unknown>;
  const lines: string[] = [];
  const { before, after, ...rest } = record;
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
  if (isObj(after) && (isObj(before) || before === null || before === undefined)) {
    const b = isObj(before) ? before : {};
    for (const k of new Set([...Object.keys(b), ...Object.keys(after)])) {
      if (JSON.stringify(b[k]) === JSON.stringify(after[k])) continue;
      lines.push(
        isObj(before)
          ? `${fieldLabel(k, locale)}${colon}${formatValue(k, b[k], o)} → ${formatValue(k, after[k], o)}`
          : `${fieldLabel(k, locale)}${colon}${formatValue(k, after[k], o)}`,
      );
    }
  } else {
    if (before !== undefined) rest.before = before;
    if (after !== undefined) rest.after = after;
  }
  for (const [k, v] of Object.entries(rest)) lines.push(`${fieldLabel(k, locale)}${colon}${formatValue(k, v, o)}`);
  return lines.slice(0, 12);
}
