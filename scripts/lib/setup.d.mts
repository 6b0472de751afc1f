// Types for the dependency-free setup steps, so TypeScript scripts can share them with `npm start` and `npm test`.
export const root: string
export const DEFAULT_DATABASE_URL: string
export function log(message: string): void
export function ensureDependencies(): void
export function ensurePrismaClients(): void
export function loadEnvironment(): void
export function isPostgres(url: string): boolean
export function prepareDatabase(url: string): void
export function seedDatabase(url: string): void
export function ensureBuild(): void
