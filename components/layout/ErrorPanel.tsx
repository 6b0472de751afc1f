import Link from 'next/link'

/** The body of the 403 and 404 pages: a heading, one sentence, and a way back. */
export function ErrorPanel({ title, text, homeLabel }: { title: string; text: string; homeLabel: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link href="/">{homeLabel}</Link>
      </p>
    </>
  )
}
