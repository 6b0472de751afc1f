import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import Database from 'better-sqlite3'
import { backupSqlite, restoreSqlite } from './sqlite-backup.mjs'

// Another process moves money between two accounts in transactions; any committed state has the same total.
const WRITER = `
const Database = require('better-sqlite3')
const db = new Database(process.argv[1], { timeout: 5000 })
const move = db.transaction((amount) => {
  db.prepare('UPDATE account SET balance = balance - ? WHERE id = 1').run(amount)
  db.prepare('UPDATE account SET balance = balance + ? WHERE id = 2').run(amount)
  db.prepare('INSERT INTO transfer (amount, filler) VALUES (?, randomblob(2000))').run(amount)
})
process.stdout.write('ready\\n')
for (;;) move(1 + Math.floor(Math.random() * 9))
`

function total(file: string) {
  const db = new Database(file, { readonly: true })
  try {
    const { sum } = db.prepare('SELECT SUM(balance) AS sum FROM account').get() as { sum: number }
    const { moved } = db.prepare('SELECT COALESCE(SUM(amount), 0) AS moved FROM transfer').get() as { moved: number }
    const { balance } = db.prepare('SELECT balance FROM account WHERE id = 2').get() as { balance: number }
    return { sum, moved, balance, check: db.pragma('integrity_check', { simple: true }) }
  } finally {
    db.close()
  }
}

test('a backup taken during writes restores to a consistent database; restore refuses while the file is open', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letopis-backup-'))
  const live = path.join(dir, 'live.db')
  const setup = new Database(live)
  setup.pragma('journal_mode = WAL')
  setup.exec('CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER); CREATE TABLE transfer (id INTEGER PRIMARY KEY, amount INTEGER, filler BLOB)')
  setup.exec('INSERT INTO account VALUES (1, 1000000), (2, 0)')
  setup.close()
  const writer = spawn(process.execPath, ['-e', WRITER, live], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    await new Promise((resolve) => writer.stdout!.once('data', resolve))
    await new Promise((resolve) => setTimeout(resolve, 300))
    const backup = path.join(dir, 'backup.db')
    await backupSqlite(live, backup)
    const copied = total(backup)
    assert.equal(copied.check, 'ok')
    assert.equal(copied.sum, 1000000)
    // Every transfer in the copy moved its amount: the copy is one committed state, not pages from several.
    assert.equal(copied.balance, copied.moved)
    assert.ok(copied.moved > 0, 'the writer had written before the backup')

    assert.throws(() => restoreSqlite(backup, live), /open in process/)
    const target = path.join(dir, 'restored.db')
    fs.writeFileSync(`${target}-wal`, 'a stale journal of another database')
    restoreSqlite(backup, target)
    assert.equal(fs.existsSync(`${target}-wal`), false)
    assert.deepEqual(total(target), copied)
  } finally {
    writer.kill('SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
