// WAL is a property of the database file: set once, it persists for every later connection.
import Database from 'better-sqlite3'

const database = new Database(process.argv[2])
database.pragma('journal_mode = WAL')
database.close()
