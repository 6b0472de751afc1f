'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { saveAnswerAction } from '@/lib/actions/quiz'
import { idleState } from '@/lib/actions/state'
import type { QuizResponse } from '@/lib/quiz/responses'

export type SaveStatus = 'saving' | 'saved' | 'failed'
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000]

/**
 * Saves each answer to the server as it is given. Until the server confirms, the answer is also kept in
 * localStorage, so a crash, a closed tab or a lost connection loses nothing: it is sent again on the next visit.
 */
export function useAnswerSaver(attemptId: string, onRefused: (message: string) => void) {
  const storageKey = `letopis:unsaved:${attemptId}`
  const [status, setStatus] = useState<Record<string, SaveStatus>>({})
  const latest = useRef(new Map<string, { response: QuizResponse; version: number }>())
  const inFlight = useRef(new Map<string, Promise<void>>())
  const retries = useRef(new Map<string, number>())
  const unconfirmed = useRef(new Set<string>())
  const retry = useRef<(questionId: string) => void>(() => {})

  const backup = useCallback(
    (update: (pending: Record<string, QuizResponse>) => void) => {
      try {
        const pending = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, QuizResponse>
        update(pending)
        if (Object.keys(pending).length) localStorage.setItem(storageKey, JSON.stringify(pending))
        else localStorage.removeItem(storageKey)
      } catch {
        // Storage may be full or disabled (private mode): the server save still happens.
      }
    },
    [storageKey],
  )

  const send = useCallback(
    (questionId: string): Promise<void> => {
      const entry = latest.current.get(questionId)
      if (!entry) return Promise.resolve()
      setStatus((current) => ({ ...current, [questionId]: 'saving' }))
      const request = saveAnswerAction(idleState, { attemptId, questionId, response: entry.response })
        .then((result) => {
          if (latest.current.get(questionId)?.version !== entry.version) return // a newer answer is on its way
          if (result.status === 'success') {
            retries.current.delete(questionId)
            unconfirmed.current.delete(questionId)
            backup((pending) => delete pending[questionId])
            setStatus((current) => ({ ...current, [questionId]: 'saved' }))
          } else if (result.status === 'error') {
            backup((pending) => delete pending[questionId])
            setStatus((current) => ({ ...current, [questionId]: 'failed' }))
            onRefused(result.message)
          }
        })
        .catch(() => {
          // The network or the server failed: keep the answer and try again, more slowly each time.
          setStatus((current) => ({ ...current, [questionId]: 'failed' }))
          const attempt = retries.current.get(questionId) ?? 0
          retries.current.set(questionId, attempt + 1)
          setTimeout(() => retry.current(questionId), RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)])
        })
        .finally(() => inFlight.current.delete(questionId))
      inFlight.current.set(questionId, request)
      return request
    },
    [attemptId, backup, onRefused],
  )

  useEffect(() => {
    retry.current = (questionId) => void send(questionId)
  }, [send])

  const save = useCallback(
    (questionId: string, response: QuizResponse) => {
      const version = (latest.current.get(questionId)?.version ?? 0) + 1
      latest.current.set(questionId, { response, version })
      unconfirmed.current.add(questionId)
      backup((pending) => (pending[questionId] = response))
      return send(questionId)
    },
    [backup, send],
  )

  /** Answers left unsaved by an earlier visit (crash, closed tab, offline). */
  const restoreUnsaved = useCallback((): Record<string, QuizResponse> => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, QuizResponse>
    } catch {
      return {}
    }
  }, [storageKey])

  const retryFailed = useCallback(() => {
    for (const [questionId, state] of Object.entries(status)) if (state === 'failed') void send(questionId)
  }, [send, status])

  /** Waits for every save under way; true when all answers are confirmed by the server. */
  const flush = useCallback(async () => {
    await Promise.all(inFlight.current.values())
    return unconfirmed.current.size === 0
  }, [])

  return { status, save, restoreUnsaved, retryFailed, flush }
}
