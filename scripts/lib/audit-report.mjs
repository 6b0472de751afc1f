// Reads the JSON `npm audit --json` prints: a report, or the registry's refusal when it serves no advisories.
const SERIOUS = new Set(['high', 'critical'])

export function readAuditReport(stdout) {
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    return { available: false, why: 'npm audit printed no JSON' }
  }
  const counts = report?.metadata?.vulnerabilities
  if (!counts) return { available: false, why: report?.message ?? 'no report' }
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((finding) => SERIOUS.has(finding.severity))
    .map((finding) => `${finding.severity}: ${finding.name} ${finding.range} (${finding.fixAvailable ? 'a fix is available' : 'no fix yet'})`)
  const summary = Object.entries(counts).map(([severity, count]) => `${count} ${severity}`).join(', ')
  return { available: true, summary, serious }
}
