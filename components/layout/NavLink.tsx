'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/** Marks the current section for screen readers (aria-current) and sighted users alike. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname()
  const current = pathname === href || (href !== '/' && pathname.startsWith(`${href}/`))
  return (
    <Link href={href} aria-current={current ? 'page' : undefined} className="nav-link">
      {children}
    </Link>
  )
}
