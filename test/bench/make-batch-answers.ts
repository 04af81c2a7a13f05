import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Shift an ISO date by whole days (UTC, so no time zone moves it). */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * Write `count` answers files to `folder`, `answers-0001.yaml` on: the example answers files in
 * turn, each with its own reference, a numbered title and a document date up to 27 days later,
 * so no two packs are the same. Returns the paths.
 */
export function makeBatchAnswers(
  examples: ReadonlyArray<{ file: string }>,
  folder: string,
  count: number,
): string[] {
  const texts = examples.map((example) => readFileSync(example.file, 'utf8'))
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, '0')
    const text = (texts[index % texts.length] as string)
      .replace(/^( {2}reference: ).*$/m, `$1"BATCH-${number}"`)
      .replace(/^( {2}title: .*)$/m, `$1, lot ${number}`)
      .replace(
        /^( {2}date: )(\d{4}-\d{2}-\d{2})$/m,
        (_line, key: string, date: string) => `${key}${addDays(date, index % 28)}`,
      )
    const file = path.join(folder, `answers-${number}.yaml`)
    writeFileSync(file, text)
    return file
  })
}
