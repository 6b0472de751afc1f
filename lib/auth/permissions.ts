// What each role may do, as typed strings: loaders and actions ask for a permission, not for a role name.
export type Role = 'STUDENT' | 'TEACHER'

export const permissionsByRole = {
  STUDENT: ['read:lessons', 'take:quiz', 'read:progress:own', 'join:class'],
  TEACHER: ['read:lessons', 'take:quiz', 'manage:classes', 'assign:quiz', 'read:progress:class', 'manage:documents'],
} as const satisfies Record<Role, readonly string[]>

export type Permission = (typeof permissionsByRole)[Role][number]

export function can(role: Role, permission: Permission): boolean {
  return (permissionsByRole[role] as readonly string[]).includes(permission)
}

// Route prefixes that only a role holding the permission may open; the proxy redirects, pages check again.
export const protectedRoutes: { prefix: string; permission: Permission }[] = [
  { prefix: '/classes', permission: 'manage:classes' },
  { prefix: '/documents', permission: 'manage:documents' },
  { prefix: '/lessons', permission: 'read:lessons' },
  { prefix: '/progress', permission: 'read:progress:own' },
  { prefix: '/quizzes', permission: 'take:quiz' },
  { prefix: '/attempts', permission: 'take:quiz' },
  { prefix: '/review', permission: 'take:quiz' },
  { prefix: '/join', permission: 'join:class' },
  { prefix: '/assignments', permission: 'take:quiz' },
]

export function requiredPermission(pathname: string): Permission | null {
  const match = protectedRoutes.find((route) => pathname === route.prefix || pathname.startsWith(`${route.prefix}/`))
  return match?.permission ?? null
}

export function homeFor(role: Role): string {
  return role === 'TEACHER' ? '/classes' : '/lessons'
}
