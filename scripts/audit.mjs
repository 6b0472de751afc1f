// `npm test`'s audit step: `npm audit` of the production dependencies, failing on a known high or critical
// advisory. Where the registry does not serve advisories (this project's offline npm mirror answers 405), it says so
// and passes, unless AUDIT_REQUIRED=1, for a CI that must not ship unaudited.
import { spawnSync } from 'node:child_process'
import { readAuditReport } from './lib/audit-report.mjs'

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
const report = readAuditReport(result.stdout ?? '')
if (!report.available) {
  console.log(`Dependency audit not run: the registry gave no advisories (${report.why}).`)
  process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0)
}
console.log(`Dependency audit: ${report.summary}.`)
for (const line of report.serious) console.log(`  ${line}`)
process.exit(report.serious.length > 0 ? 1 : 0)
