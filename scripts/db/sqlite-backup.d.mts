// Types for the SQLite backup helpers, so their TypeScript test can use them.
export function sqliteFile(url: string): string
export function backupSqlite(source: string, target: string): Promise<void>
export function processesUsing(file: string): number[]
export function restoreSqlite(backup: string, target: string, options?: { force?: boolean }): void
