/** Only same-site relative paths may be returned to after sign-in: never an open redirect. */
export function safeCallbackUrl(value: string | undefined | null): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  return value;
}
