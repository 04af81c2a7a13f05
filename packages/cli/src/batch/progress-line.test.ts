import { describe, expect, it } from 'vitest'
import { createProgressLine } from './progress-line.js'

/** A progress line on a fake stream and clock. */
function fakeLine(total: number) {
  const written: string[] = []
  const clock = { ms: 0 }
  const line = createProgressLine({ write: (text) => written.push(text) }, total, () => clock.ms)
  return { line, written, clock }
}

describe('createProgressLine', () => {
  it('should redraw in place with done/total, failed and files per second', () => {
    const { line, written, clock } = fakeLine(1000)
    clock.ms = 2000
    line.update(250, 2)
    expect(written).toEqual(['\r\u001b[2K250/1000 done, 2 failed, 125.0 files/s'])
  })

  it('should redraw at most every 100 ms, and always when finished', () => {
    const { line, written, clock } = fakeLine(3)
    clock.ms = 1000
    line.update(1, 0)
    clock.ms = 1050
    line.update(2, 0)
    clock.ms = 1100
    line.finish()
    line.update(3, 0)
    expect(written).toEqual([
      '\r\u001b[2K1/3 done, 0 failed, 1.0 files/s',
      '\r\u001b[2K2/3 done, 0 failed, 1.8 files/s',
      '\n',
    ])
  })

  it('should wipe the line so another line can be printed, and draw again on the next update', () => {
    const { line, written, clock } = fakeLine(2)
    clock.ms = 1000
    line.update(1, 1)
    line.clear()
    line.update(1, 1)
    expect(written.slice(1)).toEqual(['\r\u001b[2K', '\r\u001b[2K1/2 done, 1 failed, 1.0 files/s'])
  })
})
