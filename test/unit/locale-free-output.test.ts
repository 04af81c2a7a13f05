import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../support/paths.js'

// G4 (docs/bad-inputs.md): what goes into a document never passes through Intl, toLocale* or the
// clock, whose output changes with the ICU data and Node version (nodejs/node#46123, #51090) or
// the moment. Dates print through our own formatter, from the answers. This is the lint rule: Biome
// has none for it, so the test reads the source of the packages that build documents.

const documentCode = ['packages/clauses/src', 'packages/generator/src']
const forbidden =
  /\bIntl\.|\.toLocale(?:Date|Time)?String\(|\.localeCompare\(|new Date\(\s*\)|Date\.now\(/g

/** Reviewed uses, by file: each says why it cannot change a document's bytes. */
const reviewed: Record<string, string> = {
  'packages/generator/src/build-definitions.ts':
    "localeCompare(…, 'en') orders the defined terms: plain English words sort the same in every ICU build today, but this should become a fixed comparison",
}

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repositoryRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(repositoryRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !/\.(?:test|generated)\.ts$|(?:^|\/)test-[^/]*\.ts$/.test(file))
}

describe('G4: document code is free of locale data and the clock', () => {
  const uses = documentCode.flatMap(sourceFiles).flatMap((file) =>
    readFileSync(path.join(repositoryRoot, file), 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        [...line.matchAll(forbidden)].map((match) => ({ file, line: index + 1, call: match[0] })),
      ),
  )

  it('G4: uses no Intl, toLocale*, localeCompare or clock outside the reviewed files', () => {
    expect(uses.filter((use) => !(use.file in reviewed))).toEqual([])
  })

  it('G4: every reviewed file still has the use it was reviewed for (no stale review)', () => {
    for (const file of Object.keys(reviewed))
      expect(
        uses.some((use) => use.file === file),
        file,
      ).toBe(true)
  })

  it('G4: the check sees a forbidden call (it is not vacuous)', () => {
    expect('x.toLocaleString("en-GB"); Intl.DateTimeFormat; Date.now()'.match(forbidden)).toEqual([
      '.toLocaleString(',
      'Intl.',
      'Date.now(',
    ])
  })
})
