// The public verify page shows who a certificate belongs to only as much as a verifier needs to
// match it with the person in front of them: the first character of the name (the surname, for
// most Chinese names) and a star for each further character. Sits beside maskCitizenId
// (lib/registry/citizen-id.ts) in spirit; kept here because that file belongs to the registry.

/** 张三 → 张*, 欧阳明月 → 欧***, "Li Lei" → L***** (one star per remaining character). */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length === 0) return "";
  if (chars.length === 1) return "*";
  return chars[0] + "*".repeat(chars.length - 1);
}
