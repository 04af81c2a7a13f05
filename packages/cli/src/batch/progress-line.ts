/** Redraw at most this often, so a fast batch does not flood the terminal. */
const REDRAW_MS = 100

export interface ProgressLine {
  update(done: number, failed: number): void
  /** Wipe the line, before another line is printed (then `update` draws it again). */
  clear(): void
  /** Draw the final counts and end the line. */
  finish(): void
}

/**
 * One line on stderr that redraws itself in place: `done/total packs, failed, files/s`.
 *
 * @example
 *   createProgressLine(process.stderr, 1000).update(250, 2)
 *   //=> writes "\r\x1b[2K250/1000 done, 2 failed, 41.7 files/s"
 */
export function createProgressLine(
  stream: { write(text: string): unknown },
  total: number,
  now: () => number = () => performance.now(),
): ProgressLine {
  const started = now()
  let drawn = Number.NEGATIVE_INFINITY
  let counts = { done: 0, failed: 0 }
  const draw = () => {
    drawn = now()
    const seconds = Math.max((drawn - started) / 1000, 1e-3)
    const rate = (counts.done / seconds).toFixed(1)
    stream.write(`\r\x1b[2K${counts.done}/${total} done, ${counts.failed} failed, ${rate} files/s`)
  }
  return {
    update(done, failed) {
      counts = { done, failed }
      if (now() - drawn >= REDRAW_MS) draw()
    },
    clear() {
      stream.write('\r\x1b[2K')
      drawn = Number.NEGATIVE_INFINITY
    },
    finish() {
      draw()
      stream.write('\n')
    },
  }
}
