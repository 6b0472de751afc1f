'use client'
import { useEffect } from 'react'
import { studyHeartbeatAction } from '@/lib/actions/lessons'
import { idleState } from '@/lib/actions/state'

const HEARTBEAT_MS = 30_000

/**
 * Counts reading time while the page is on screen: every 30 s it reports the visible seconds since the last
 * report (at most 30), so a background tab or a sleeping laptop adds nothing.
 */
export function StudyHeartbeat() {
  useEffect(() => {
    let visibleSince = document.visibilityState === 'visible' ? Date.now() : null
    let pendingMs = 0
    const settle = () => {
      if (visibleSince !== null) pendingMs += Date.now() - visibleSince
      visibleSince = document.visibilityState === 'visible' ? Date.now() : null
    }
    const report = () => {
      settle()
      const seconds = Math.min(Math.round(pendingMs / 1000), HEARTBEAT_MS / 1000)
      pendingMs = 0
      if (seconds >= 1) void studyHeartbeatAction(idleState, { seconds })
    }
    const timer = window.setInterval(report, HEARTBEAT_MS)
    document.addEventListener('visibilitychange', settle)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', settle)
    }
  }, [])
  return null
}
