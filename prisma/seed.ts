// Idempotent seed: the demo accounts and class, and every document in content/ imported through the engine.
// Running it again creates nothing twice and overwrites nothing a user changed.
import fs from 'node:fs'
import path from 'node:path'
import { createDb, type Db } from '../lib/db-client'
import { analyzeDocument, parseCorrectionsFile } from '../lib/engine'
import { saveAnalyzedDocument } from '../lib/data/document-import'
import { ensureClass, ensureEnrollment, ensureUser } from '../lib/data/factories'
import { demoClass, demoStudents, demoTeacher } from './demo'

const CONTENT_DIR = path.resolve('content')

export async function seedAccounts(db: Db) {
  const teacher = await ensureUser(db, demoTeacher)
  const group = await ensureClass(db, { teacherId: teacher.id, ...demoClass })
  for (const student of demoStudents) {
    const user = await ensureUser(db, student)
    await ensureEnrollment(db, group.id, user.id)
  }
}

function contentDocuments() {
  return fs
    .readdirSync(CONTENT_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(CONTENT_DIR, entry.name, 'source.txt')))
    .map((entry) => entry.name)
}

export async function seedContent(db: Db, log: (line: string) => void = () => {}) {
  for (const slug of contentDocuments()) {
    if (await db.document.findUnique({ where: { slug }, select: { id: true } })) continue
    const folder = path.join(CONTENT_DIR, slug)
    const rawText = fs.readFileSync(path.join(folder, 'source.txt'), 'utf8')
    const correctionsPath = path.join(folder, 'corrections.json')
    const corrections = fs.existsSync(correctionsPath)
      ? parseCorrectionsFile(JSON.parse(fs.readFileSync(correctionsPath, 'utf8')))
      : undefined
    const analysis = analyzeDocument(rawText, { corrections })
    await saveAnalyzedDocument(db, { slug, rawText, analysis, ownerId: null, published: true })
    log(`Imported content/${slug}: ${analysis.lessons.length} lessons, ${analysis.questions.length} questions`)
  }
}

async function main() {
  const db = createDb()
  try {
    await seedAccounts(db)
    await seedContent(db, console.log)
  } finally {
    await db.$disconnect()
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main()
}
