import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readmeCliLines, stripComment } from '../../scripts/lib/readme-cli-lines.js'
import { repositoryRoot } from '../support/paths.js'

// The README check itself (scripts/check-readme-cli.js: a clone, npm ci, npm start and every CLI
// line) runs in .ci/run; these test how it finds the lines.

describe('readmeCliLines', () => {
  it('C1: should take every npx betterforus line of a fenced block, in order, with its line number', () => {
    const markdown = [
      'Run `npx betterforus lint` in prose: not a command line.',
      '```sh',
      'npm ci',
      'npx betterforus lint templates   # check every clause',
      '  npx betterforus questions',
      '```',
      'npx betterforus outside a block',
      '~~~',
      'npx betterforus verify "a # b.md"',
      '~~~',
    ].join('\n')
    expect(readmeCliLines(markdown)).toEqual([
      { line: 4, command: 'npx betterforus lint templates' },
      { line: 5, command: 'npx betterforus questions' },
      { line: 9, command: 'npx betterforus verify "a # b.md"' },
    ])
  })

  it('should not end a block at a shorter or different fence', () => {
    const markdown = ['````md', '```', 'npx betterforus lint', '~~~', '````', 'npx betterforus x']
    expect(readmeCliLines(markdown.join('\n'))).toEqual([
      { line: 3, command: 'npx betterforus lint' },
    ])
  })

  it('C1: should find the README’s own CLI lines, each naming only files a clone has or makes', () => {
    const lines = readmeCliLines(readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8'))
    expect(lines.length).toBeGreaterThanOrEqual(5)
    expect(lines.map(({ command }) => command)).not.toContainEqual(
      expect.stringMatching(/answers\.json|answers\//),
    )
  })
})

describe('stripComment', () => {
  it('should keep a # that is quoted or inside a word', () => {
    expect(stripComment("a 'b # c' d#e # f")).toBe("a 'b # c' d#e")
    expect(stripComment('a b')).toBe('a b')
  })
})
