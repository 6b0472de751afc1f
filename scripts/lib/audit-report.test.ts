import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readAuditReport } from './audit-report.mjs'

const report = (vulnerabilities: Record<string, { severity: string; range: string; fixAvailable: boolean }>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: Object.fromEntries(Object.entries(vulnerabilities).map(([name, finding]) => [name, { name, via: [], ...finding }])),
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 0, total: 2 } },
  })

test('a high or critical finding is serious; moderate ones are only counted', () => {
  const read = readAuditReport(report({ lodash: { severity: 'high', range: '<4.17.21', fixAvailable: true }, debug: { severity: 'moderate', range: '<2.6.9', fixAvailable: false } }))
  assert.deepEqual(read, { available: true, summary: '0 info, 0 low, 1 moderate, 1 high, 0 critical, 2 total', serious: ['high: lodash <4.17.21 (a fix is available)'] })
})

test('a registry without advisories is told apart from a clean report', () => {
  assert.deepEqual(readAuditReport(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 })), { available: false, why: '405 Method Not Allowed' })
  assert.deepEqual(readAuditReport(''), { available: false, why: 'npm audit printed no JSON' })
  assert.equal(readAuditReport(report({})).available, true)
})
