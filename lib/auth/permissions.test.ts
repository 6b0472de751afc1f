import assert from 'node:assert/strict'
import { test } from 'node:test'
import { can, homeFor, requiredPermission } from './permissions'

test('teachers manage classes and documents; students do not', () => {
  assert.equal(can('TEACHER', 'manage:classes'), true)
  assert.equal(can('TEACHER', 'manage:documents'), true)
  assert.equal(can('STUDENT', 'manage:classes'), false)
  assert.equal(can('STUDENT', 'manage:documents'), false)
  assert.equal(can('STUDENT', 'read:lessons'), true)
})

test('protected routes match their prefix exactly, not by accident', () => {
  assert.equal(requiredPermission('/classes'), 'manage:classes')
  assert.equal(requiredPermission('/classes/abc/roster'), 'manage:classes')
  assert.equal(requiredPermission('/classesroom'), null)
  assert.equal(requiredPermission('/'), null)
  assert.equal(requiredPermission('/sign-in'), null)
})

test('each role has its own start page', () => {
  assert.equal(homeFor('TEACHER'), '/classes')
  assert.equal(homeFor('STUDENT'), '/lessons')
})
