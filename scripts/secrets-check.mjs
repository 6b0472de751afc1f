// No secret in the client bundle or in the repository. Run after the build (NEXT_DIST_DIR picks the build):
// - the browser's JavaScript (<distDir>/static) must not contain the session secret's value nor the name of the
//   password hash field, and what student and public pages load must not name answer keys (the teacher's question
//   editor builds them in the browser, so only the pages students reach are checked for that);
// - .env (where `npm start` keeps the generated AUTH_SECRET) must be git-ignored;
// - no tracked file may hold something shaped like a credential.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

const root = path.resolve(import.meta.dirname, '..')
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')
const staticDir = path.join(distDir, 'static')
const problems = []

// Every chunk a student or public page can load, from the pages' client-reference manifests.
function studentChunks() {
  const appDir = path.join(distDir, 'server/app')
  const chunks = new Set()
  for (const file of fs.readdirSync(appDir, { recursive: true }).map(String)) {
    if (!/^\((student|public)\)\/.*page_client-reference-manifest\.js$/.test(file)) continue
    const context = { globalThis: {} }
    vm.runInNewContext(fs.readFileSync(path.join(appDir, file), 'utf8'), context)
    for (const manifest of Object.values(context.globalThis.__RSC_MANIFEST)) {
      for (const entry of Object.values(manifest.clientModules)) for (const chunk of entry.chunks) chunks.add(chunk.replace(/^\/_next\/static\//, ''))
    }
  }
  return chunks
}

const forStudents = studentChunks()
const files = fs.readdirSync(staticDir, { recursive: true }).map(String).filter((file) => file.endsWith('.js'))
for (const file of files) {
  const source = fs.readFileSync(path.join(staticDir, file), 'utf8')
  if (process.env.AUTH_SECRET && source.includes(process.env.AUTH_SECRET)) problems.push(`static/${file} contains the value of AUTH_SECRET`)
  if (source.includes('passwordHash')) problems.push(`static/${file} names passwordHash`)
  if (forStudents.has(file.split(path.sep).join('/')) && source.includes('answerKey')) problems.push(`static/${file}, loaded by a student page, names answerKey`)
}
if (forStudents.size === 0) problems.push('found no client chunks for student pages: has the build layout changed?')

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })
try {
  git('check-ignore', '-q', '.env')
} catch {
  problems.push('.env is not git-ignored')
}

// Secrets written into tests and scripts on purpose say so in their value (test-only-…, fuzz-only-…).
const CREDENTIAL_SHAPES = [
  /AUTH_SECRET\s*[=:]\s*['"]?(?!\$|process)[A-Za-z0-9+/_-]{16,}/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  // user:pass@ is the README's placeholder.
  /postgres(ql)?:\/\/[^:/\s]+:(?!pass@)[^@\s]+@/,
  /\b(api[_-]?key|client[_-]?secret|access[_-]?token)\b\s*[=:]\s*['"][A-Za-z0-9_-]{20,}['"]/i,
  /\b(ghp|gho|github_pat|sk|xox[abp])_[A-Za-z0-9_]{20,}/,
]
for (const file of git('ls-files', '-z').split('\0').filter(Boolean)) {
  const full = path.join(root, file)
  if (!fs.existsSync(full) || fs.statSync(full).size > 2_000_000) continue
  const lines = fs.readFileSync(full, 'utf8').split('\n')
  lines.forEach((line, i) => {
    if (/(test|fuzz|lighthouse|e2e)-only/.test(line)) return
    if (CREDENTIAL_SHAPES.some((shape) => shape.test(line))) problems.push(`${file}:${i + 1} looks like a committed credential`)
  })
}

if (problems.length) {
  console.error(`✗ ${problems.length} secret problems:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`No secret in ${files.length} client files (${forStudents.size} loaded by student and public pages) or in the repository; .env is git-ignored.`)
