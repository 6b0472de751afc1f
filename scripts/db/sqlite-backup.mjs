// Online backup and atomic restore of the SQLite database (`npm run db:backup` / `db:restore`).
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

export function sqliteFile(url) {
  if (!url.startsWith('file:')) throw new Error('db:backup and db:restore are for SQLite (DATABASE_URL=file:…); back up PostgreSQL with pg_dump')
  return path.resolve(url.replace(/^file:/, ''))
}

/**
 * `VACUUM INTO` while the app keeps writing: it reads inside one transaction, so the copy is one committed state, and
 * in WAL mode that read never blocks a writer nor is restarted by one (the page-by-page backup API restarts on every
 * write from another process and never finishes under steady load). Written beside the target, then renamed: a crash
 * never leaves a half-written backup under the name asked for.
 */
export async function backupSqlite(source, target) {
  const partial = `${target}.partial`
  fs.rmSync(partial, { force: true })
  const database = new Database(source, { fileMustExist: true, readonly: true })
  try {
    database.prepare('VACUUM INTO ?').run(partial)
  } finally {
    database.close()
  }
  const copy = new Database(partial)
  try {
    // A backup is a single file: fold its journal into it, so copying the one file is enough.
    copy.pragma('journal_mode = DELETE')
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new Error(`the backup failed its integrity check: ${check}`)
  } finally {
    copy.close()
  }
  fs.renameSync(partial, target)
}

/** Processes (other than this one) with the database or its WAL open, found through /proc (Linux). */
export function processesUsing(file) {
  if (!fs.existsSync('/proc')) return []
  const names = new Set([file, `${file}-wal`, `${file}-shm`])
  const users = []
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)) {
    let fds = []
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    const open = fds.some((fd) => {
      try {
        return names.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (open) users.push(Number(pid))
  }
  return users
}

/**
 * Replaces the database with a backup in one rename. A running server would keep its connection to the old file
 * (and its WAL) and write into a database nobody reads: refused unless `force`.
 */
export function restoreSqlite(backup, target, { force = false } = {}) {
  const users = processesUsing(target)
  if (users.length && !force) throw new Error(`the database is open in process ${users.join(', ')} (is the server running?); stop it first, or pass --force`)
  const staged = `${target}.restoring`
  fs.copyFileSync(backup, staged)
  const copy = new Database(staged)
  try {
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new Error(`the backup failed its integrity check: ${check}`)
    copy.pragma('journal_mode = WAL')
  } finally {
    copy.close()
  }
  // The old WAL belongs to the old file: replayed onto the restored one it would corrupt it, so it goes first.
  fs.rmSync(`${target}-wal`, { force: true })
  fs.rmSync(`${target}-shm`, { force: true })
  fs.renameSync(staged, target)
}
