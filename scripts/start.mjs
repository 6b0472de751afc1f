// `npm start`: install, generate, migrate, seed, build when stale, then serve. Safe to run again: keeps every row.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ensureBuild, ensureDependencies, ensurePrismaClients, loadEnvironment, log, prepareDatabase, root, seedDatabase } from './lib/setup.mjs'

try {
  ensureDependencies()
  loadEnvironment()
  ensurePrismaClients()
  log(`Preparing the database (${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')})`)
  prepareDatabase(process.env.DATABASE_URL)
  log('Seeding demo accounts and content (existing rows are kept)')
  seedDatabase(process.env.DATABASE_URL)
  ensureBuild()
} catch (error) {
  console.error(`\n${error.message}`)
  process.exit(error.exitCode ?? 1)
}

const demo = JSON.parse(fs.readFileSync(path.join(root, 'prisma/demo-accounts.json'), 'utf8'))
const port = process.env.PORT || '3000'
console.log(`
Letopis is starting on http://localhost:${port}
Demo accounts (class ${demo.class.name}, join code ${demo.class.joinCode}):
  teacher  ${demo.teacher.email} / ${demo.teacher.password}
${demo.students.map((s) => `  student  ${s.email} / ${s.password}`).join('\n')}
`)
const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
