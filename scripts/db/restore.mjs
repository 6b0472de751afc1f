// `npm run db:restore -- <file> [--force]`: replaces the SQLite database named by DATABASE_URL with a backup.
import { restoreSqlite, sqliteFile } from './sqlite-backup.mjs'

const args = process.argv.slice(2)
const backup = args.find((arg) => !arg.startsWith('--'))
if (!backup) {
  console.error('usage: npm run db:restore -- <backup file> [--force]')
  process.exit(2)
}
const target = sqliteFile(process.env.DATABASE_URL || 'file:./data/letopis.db')
try {
  restoreSqlite(backup, target, { force: args.includes('--force') })
  console.log(`Restored ${target} from ${backup}`)
} catch (error) {
  console.error(error.message)
  process.exit(1)
}
