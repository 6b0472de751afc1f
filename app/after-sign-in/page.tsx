import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/session'
import { homeFor } from '@/lib/auth/permissions'

// Sign-in lands here when no page asked for it, so each role starts on its own home.
export default async function AfterSignIn() {
  const user = await currentUser()
  redirect(user ? homeFor(user.role) : '/sign-in')
}
