// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  // Imports upload files of up to 2 MB (lib/import/extract.ts) with the form around them.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '3mb' } },
  poweredByHeader: false,
  // Lets parallel checkouts of the test suite build side by side (see scripts/lib/setup.mjs).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `npm test` type-checks the whole project once (tsc); checking again inside every build only slows `npm start`.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'unpdf'],
}

export default nextConfig
