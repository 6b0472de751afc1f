// Types for the test PostgreSQL helpers, so TypeScript scripts (loadtest, scaletest) can use them.
export function findPostgres(): Promise<{ url: string; stop: () => void }>
export function withTestSchema<T>(serverUrl: string, body: (url: string) => Promise<T> | T): Promise<T>
