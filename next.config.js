// @ts-check
// Sent with every response; the Content-Security-Policy needs a nonce per request and is set in proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers honour HSTS only over HTTPS, so it is harmless on a plain-HTTP classroom laptop.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  // Imports upload files of up to 2 MB (lib/import/extract.ts) with the form around them. proxy.ts refuses larger
  // bodies with a 413 first (MAX_POST_BYTES in lib/security/action-request.ts): Next's own refusal is a 500.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  poweredByHeader: false,
  // Lets parallel checkouts of the test suite build side by side (see scripts/lib/setup.mjs).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks the whole project once (tsc); checking again inside every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'unpdf'],
}

export default nextConfig
