import { forbidden } from 'next/navigation'

// The proxy sends a signed-in user without the needed role here; answering 403 keeps one refusal page.
export default function ForbiddenPage() {
  forbidden()
}
