import { checkSync } from 'recheck'
import { describe, expect, it } from 'vitest'
import { findRegexes } from '../support/find-regexes.js'
import { repositoryRoot } from '../support/paths.js'

// F17 (docs/bad-inputs.md): every regular expression in our code is checked for super-linear
// backtracking. The catalogue names eslint-plugin-regexp; we lint with Biome, which has no such
// rule, so this test lists our patterns and runs each through recheck, a ReDoS checker. A pattern
// recheck calls vulnerable or cannot decide must be reviewed below, saying what bounds its input.

const folders = [
  'packages/questionnaire/src',
  'packages/clauses/src',
  'packages/generator/src',
  'packages/layer/src',
  'packages/cli/src',
  'apps/web/src',
  'scripts',
]

/** Reviewed patterns recheck flags, by source, with what keeps their input small. */
const reviewed: Record<string, string> = {
  '\\B(?=(\\d{3})+$)': 'format-money: the digits of a finite number, at most 22 characters',
  '\\s*\\n\\s*': 'redline text: quadratic in whitespace; the same answer caps, on generated text',
  '\\s*%$':
    'web percent box: quadratic in inner whitespace of one typed box (20,000 tabs take seconds); reported, not fixed here',
  '<w:p\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/w:p>)': 'a test helper reading our own DOCX',
  '\\{\\{~?\\s*(#|\\/|\\^(?=\\s*[\\w@.]))':
    'check-template block count: linear scan of a template already under the 256 KiB cap',
  '^[ \\t]*[-*]?[ \\t]*clause[ \\t]+`?([a-z0-9-]+)`?[ \\t]*:[ \\t]*(major|minor|patch)\\b':
    'check-clause-versions: our own changesets, in CI',
  '^[a-z][a-zA-Z0-9]*(?:\\.[a-z][a-zA-Z0-9]*)*$': 'question ids in our questionnaire',
  '<w:bookmark(?:Start|End)\\b[^>]*>':
    'package-docx: the document part docx wrote for us; answer text in it is XML-escaped, so holds no <',
  '<wp:docPr\\b[^>]*>':
    'package-docx: the document part docx wrote for us; answer text in it is XML-escaped, so holds no <',
  '(<dcterms:(?:created|modified)\\b[^>]*>)[^<]*':
    'package-docx: the core properties part docx wrote for us, a few hundred bytes',
}
/** Patterns built at run time, by where they are built; each escapes what it interpolates. */
const builtAtRunTime: Record<string, string> = {
  'packages/clauses/src/find-terms.ts': 'a glossary term, regex-escaped, between word boundaries',
  'packages/generator/src/parse-rendered.ts': 'our placeholder delimiters around \\d+',
  'apps/web/src/library/clause-text.ts': 'our placeholder delimiters around \\d+',
  'packages/generator/src/docx/package-docx.ts':
    'an attribute name of ours (w:id, id) before ="[^"]*", over one tag',
  'packages/generator/src/branches/check-document.ts':
    'leftover template syntax: fixed alternatives and our placeholder delimiters in one class',
}

describe('F17: our regular expressions', () => {
  const found = findRegexes(repositoryRoot, folders)

  it('F17: finds the patterns in our source (the check is not vacuous)', () => {
    expect(found.length).toBeGreaterThan(50)
    expect(found).toContainEqual({
      where: expect.stringMatching(/^packages\/clauses\/src\/schemas\/common\.ts:\d+$/),
      source: '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$',
      flags: '',
    })
  })

  it('F17: builds patterns at run time only where reviewed', () => {
    const dynamic = found.filter((regex) => regex.source === undefined)
    expect(dynamic.map((regex) => regex.where.replace(/:\d+$/, '')).sort()).toEqual(
      Object.keys(builtAtRunTime).sort(),
    )
  })

  // Note: recheck may take up to its 5 s budget per pattern; the timeout is a hang guard only.
  it('F17: has no super-linear pattern that is not reviewed, and no stale review', {
    timeout: 600_000,
  }, () => {
    const flagged = new Map<string, string>()
    for (const { where, source, flags } of found) {
      if (source === undefined) continue
      const result = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 5000 })
      if (result.status === 'safe') continue
      const why =
        result.status === 'vulnerable'
          ? `vulnerable (${result.complexity.type}), attack ${result.attack.pattern}`
          : 'undecided within 5 s'
      flagged.set(source, `${where}: /${source}/ is ${why}`)
    }
    const unreviewed = [...flagged]
      .filter(([source]) => !(source in reviewed))
      .map(([, why]) => why)
    expect(unreviewed, 'make these linear, or review them above').toEqual([])
    const stale = Object.keys(reviewed).filter(
      (source) => !found.some((regex) => regex.source === source),
    )
    expect(stale, 'these reviewed patterns are gone: remove them').toEqual([])
  })
})
