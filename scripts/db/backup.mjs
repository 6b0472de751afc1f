// `npm run db:backup -- <file>`: an online copy of the SQLite database named by DATABASE_URL, safe while the app runs.
import { backupSqlite, sqliteFile } from './sqlite-backup.mjs'

const target = process.argv[2]
if (!target) {
  console.error('usage: npm run db:backup -- <backup file>')
  process.exit(2)
}
const source = sqliteFile(process.env.DATABASE_URL || 'file:./data/letopis.db')
await backupSqlite(source, target)
console.log(`Backed up ${source} to ${target}`)
