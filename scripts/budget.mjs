// Performance budget: the JavaScript a browser downloads before the quiz page (/attempts/[attemptId]) is
// interactive, gzipped, must stay under 150 kB. Turbopack's `next build` no longer prints "First Load JS", so this
// reads the build's manifests: the framework's root files (build-manifest.json rootMainFiles) plus the chunks of
// every layout and page segment on the route (the page's client-reference manifest, entryJSFiles).
// Legacy polyfills (polyfillFiles) are left out: they load only in browsers without ES modules.
// Run after the build: `node scripts/budget.mjs` (NEXT_DIST_DIR picks the build directory).
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { gzipSync } from 'node:zlib'

const root = path.resolve(import.meta.dirname, '..')
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')
const PAGE = '/(student)/attempts/[attemptId]/page'
const BUDGET_BYTES = 150 * 1024

function firstLoadFiles(dir, page) {
  const build = JSON.parse(fs.readFileSync(path.join(dir, 'build-manifest.json'), 'utf8'))
  // The manifest is a script that assigns to a global; run it in an empty context rather than eval it here.
  const context = { globalThis: {} }
  vm.runInNewContext(fs.readFileSync(path.join(dir, 'server/app', `${page}_client-reference-manifest.js`), 'utf8'), context)
  const manifest = context.globalThis.__RSC_MANIFEST[page]
  if (!manifest) throw new Error(`no client-reference manifest for ${page}`)
  const segments = Object.values(manifest.entryJSFiles).flat()
  return [...new Set([...build.rootMainFiles, ...segments])]
}

function main() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`no build in ${distDir}: run the build first`)
  const files = firstLoadFiles(distDir, PAGE)
  let total = 0
  for (const file of files) {
    const size = gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length
    total += size
    console.log(`  ${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`)
  }
  const ok = total <= BUDGET_BYTES
  console.log(`First-load JS of the quiz page, gzipped: ${(total / 1024).toFixed(1)} kB (budget ${BUDGET_BYTES / 1024} kB) ${ok ? 'ok' : 'OVER BUDGET'}`)
  if (!ok) process.exit(1)
}

main()
