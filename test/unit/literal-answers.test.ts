import { readFileSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { generatePack, toMarkdownDocument } from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'
import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toString as textOf } from 'mdast-util-to-string'
import { gfmTable } from 'micromark-extension-gfm-table'
import { describe, expect, it } from 'vitest'
import { examplesFolder } from '../support/paths.js'

const base = readFileSync(path.join(examplesFolder, 'england-act-london.yaml'), 'utf8')

function answersWith(name: string, title: string): Answers {
  const parsed = parseAnswers(
    base
      .replace(/^ {2}name: .*$/m, `  name: ${JSON.stringify(name)}`)
      .replace(/^ {2}title: .*$/m, `  title: ${JSON.stringify(title)}`),
    catalog.questionnaire,
  )
  if (!parsed.answers) throw new Error(parsed.file.messages.map(String).join('\n'))
  return parsed.answers
}

/** The node types of a document, in order: its structure, whatever the text. */
function shape(markdown: string): string[] {
  const tree = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  })
  const types: string[] = []
  const walk = (node: Nodes) => {
    if (node.type !== 'text') types.push(node.type)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return types
}

const markdownOf = (answers: Answers) =>
  generatePack(answers, { catalog, copy: 'issue' }).documents.map(toMarkdownDocument)

const hostile = fc
  .string({
    unit: fc.constantFrom(
      ...'#*_[]()<>!`\\|-+=~:/.& a1'.split(''),
      'javascript:alert(1)',
      '<script>',
      '](http://x)',
      'www.example.com',
      'a@b.co',
      '{{authority.name}}',
      '1. ',
      '> ',
      '---',
    ),
    minLength: 1,
    maxLength: 60,
  })
  .filter((text) => text.trim().length > 0)

describe('answers in the whole pack', () => {
  const baseline = markdownOf(answersWith('Riverside Council', 'Estate cleaning')).map(shape)

  it('F9–F13: should print any answer literally and never change the document structure (property)', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, title) => {
        const answers = answersWith(name, title)
        const documents = markdownOf(answers)
        documents.forEach((markdown, index) => {
          expect(shape(markdown)).toEqual(baseline[index])
          const text = textOf(fromMarkdown(markdown))
          expect(text).toContain(String((answers.authority as Answers).name))
          expect(text).toContain(String((answers.contract as Answers).title))
        })
      }),
      // Note: each run builds the whole pack; the 10,000-case fuzz run belongs to the hardening suite.
      { numRuns: 50 },
    )
  }, 120_000)

  it('G3: should give identical Markdown for identical answers, twice in one process', () => {
    const answers = answersWith('Riverside Council', 'Estate cleaning')
    expect(markdownOf(answers)).toEqual(markdownOf(answers))
  })
})
