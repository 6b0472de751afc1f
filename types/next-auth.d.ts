import type { Role } from '@/lib/auth/permissions'

declare module 'next-auth' {
  interface User {
    role: Role
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string }
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    id?: string
    role?: Role
  }
}
