// Types for scripts/lib/audit-report.mjs.
export function readAuditReport(stdout: string): { available: false; why: string } | { available: true; summary: string; serious: string[] }
