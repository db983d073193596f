import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Headers every response carries; pages that need stricter ones (invite links) add their own. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate build folder lets two builds (e.g. parallel work trees or a benchmark) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native modules stay outside the server bundle (DESIGN.md, platform facts).
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "sharp"],
  experimental: {
    // Up to 3 screenshots of 10 MB each plus the text; each file is checked again on the server.
    serverActions: { bodySizeLimit: "32mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Invitation links carry their secret token in the path: never send it on as a Referer.
      // Listed last so it overrides the site-wide Referrer-Policy above.
      { source: "/invite/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
