// The framework's floor for `npm run loadtest`: routing and a JSON response, no session, no database. Like the answer
// routes it bypasses the proxy (see its matcher) and is sent as is (no-transform: no gzip stream per response), so
// the ratio compares the work of saving an answer, not a difference in how the two responses are sent.
export function GET() {
  return Response.json({ pong: true }, { headers: { 'cache-control': 'no-store, no-transform' } })
}
