// The Content Security Policy of every page (docs/decisions/0025). Scripts run only with this
// response's nonce ('strict-dynamic' lets Next's own chunk loader add the rest), so an injected
// <script> or inline handler does nothing. Styles allow inline attributes (server-rendered SVG charts
// and React style props use them). PDFs are shown in <object> from /documents on the same origin.
export function contentSecurityPolicy(options: { nonce: string; https: boolean; dev: boolean }): string {
  const { nonce, https, dev } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'self'",
    "frame-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** 128 random bits, base64: unguessable, fresh for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
