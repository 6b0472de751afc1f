// The framework's floor for `npm run loadtest`: routing and a JSON response, no session, no database; like the
// answer routes it bypasses the proxy (see its matcher).
export function GET() {
  return Response.json({ pong: true })
}
