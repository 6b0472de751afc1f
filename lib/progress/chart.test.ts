import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chartPoints, polylinePoints, scorePercent, yForPercent, type ChartBox } from './chart'

const box: ChartBox = { width: 120, height: 120, left: 10, right: 10, top: 10, bottom: 10 }

test('percentages go upwards from the bottom of the plot and are clamped', () => {
  assert.equal(yForPercent(0, box), 110)
  assert.equal(yForPercent(100, box), 10)
  assert.equal(yForPercent(50, box), 60)
  assert.equal(yForPercent(140, box), 10)
})

test('points are evenly spaced; one point sits in the middle', () => {
  assert.deepEqual(chartPoints([0, 50, 100], box).map((p) => [p.x, p.y]), [[10, 110], [60, 60], [110, 10]])
  assert.deepEqual(chartPoints([80], box).map((p) => p.x), [60])
  assert.deepEqual(chartPoints([], box), [])
  assert.equal(polylinePoints(chartPoints([0, 100 / 3], box)), '10,110 110,76.7')
})

test('scores become whole percentages; missing maxima give none', () => {
  assert.equal(scorePercent(7, 10), 70)
  assert.equal(scorePercent(2, 3), 67)
  assert.equal(scorePercent(12, 10), 100)
  assert.equal(scorePercent(null, 10), null)
  assert.equal(scorePercent(3, 0), null)
})
