import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { after, test } from 'node:test'
import { db } from '../db'
import { analyzeDocument } from '../engine'
import { saveAnalyzedDocument } from './document-import'

after(() => db.$disconnect())
const essay = fs.readFileSync('content/russia-korea/source.txt', 'utf8')

test('an analysed document is stored whole: lessons, dates, actors, questions with a first version, quizzes', async () => {
  const analysis = analyzeDocument(essay)
  const slug = `import-${randomBytes(5).toString('hex')}`
  const document = await saveAnalyzedDocument(db, { slug, rawText: essay, analysis, ownerId: null, published: false })
  const stored = await db.document.findUniqueOrThrow({
    where: { id: document.id },
    include: { lessons: true, events: true, actors: { include: { mentions: true } }, questions: { include: { versions: true } }, quizzes: true },
  })
  assert.equal(stored.rawText, essay)
  assert.equal(stored.lessons.length, analysis.lessons.length)
  assert.equal(stored.events.length, analysis.dates.filter((d) => d.kind === 'date').length)
  assert.equal(stored.actors.length, analysis.actors.length)
  assert.equal(stored.questions.length, analysis.questions.length)
  assert.ok(stored.questions.every((q) => q.versions.length === 1 && q.versions[0].source.length > 0))
  // What a student is shown never contains the key.
  for (const question of stored.questions) assert.equal('answer' in (question.versions[0].content as object), false)
})

test('a failure half-way leaves nothing behind', async () => {
  const analysis = analyzeDocument(essay)
  const slug = `broken-${randomBytes(5).toString('hex')}`
  // Two lessons with the same key violate a unique index after the document row was written.
  const broken = { ...analysis, lessons: [analysis.lessons[0], { ...analysis.lessons[1], key: analysis.lessons[0].key }] }
  await assert.rejects(saveAnalyzedDocument(db, { slug, rawText: essay, analysis: broken, ownerId: null, published: false }))
  assert.equal(await db.document.count({ where: { slug } }), 0)
})
