// The framework's floor for `npm run loadtest`: routing and a JSON response, no session, no database.
export function GET() {
  return Response.json({ pong: true })
}
