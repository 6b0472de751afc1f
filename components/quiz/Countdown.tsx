'use client'
import { useEffect, useRef, useState } from 'react'
import { countdownAnnouncement } from '@/lib/assignments/rules'
import { useI18n } from '@/components/i18n/I18nProvider'

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}

/**
 * The time left of a timed attempt. The visible clock is silent (role="timer"); screen readers hear it only at
 * 5 minutes and 1 minute, and when time is up. At zero it calls onExpire once; the server closes the attempt anyway.
 */
export function Countdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const { t } = useI18n()
  const end = new Date(deadline).getTime()
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const previous = useRef<number | null>(null)
  const expired = useRef(false)

  useEffect(() => {
    function tick() {
      const seconds = Math.max(0, Math.ceil((end - Date.now()) / 1000))
      const mark = previous.current === null ? null : countdownAnnouncement(previous.current, seconds)
      previous.current = seconds
      setSecondsLeft(seconds)
      if (mark) setAnnouncement(t('assignments.timeWarning', { count: mark / 60 }))
      if (seconds === 0 && !expired.current) {
        expired.current = true
        setAnnouncement(t('assignments.timeUp'))
        onExpire()
      }
    }
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [end, onExpire, t])

  return (
    <div className="countdown">
      <p role="timer" aria-live="off" data-testid="time-left">
        {secondsLeft === null ? '\u00a0' : t('assignments.timeLeft', { time: clock(secondsLeft) })}
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
    </div>
  )
}
