import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Table } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toString as textOf } from 'mdast-util-to-string'
import { gfmTable } from 'micromark-extension-gfm-table'
import { describe, expect, it } from 'vitest'
import { wordprocessingText } from '../support/docx-parts.js'
import { examplesFolder, templatesFolder } from '../support/paths.js'
import { runCli } from '../support/run-cli.js'
import { temporaryFolder } from '../support/temporary-folder.js'

// A council's fork of the library, generated through `betterforus generate --templates`: what the
// shipped library never does but a fork may (a cross-reference to a clause the answers leave out,
// an answer in a table cell).

const folder = temporaryFolder()
const example = readFileSync(path.join(examplesFolder, 'england-act-london.yaml'), 'utf8')
const weightings = 'clauses/eval-criteria-weightings.md'

/** A copy of the library with one clause file changed. */
function forkWith(name: string, change: (text: string) => string): string {
  const fork = path.join(folder, name)
  cpSync(templatesFolder, fork, { recursive: true })
  const file = path.join(fork, weightings)
  writeFileSync(file, change(readFileSync(file, 'utf8')))
  return fork
}

describe('betterforus generate --templates <fork>', () => {
  it('G2: refuses a cross-reference to a clause the answers leave out, naming both, and writes nothing', () => {
    // england-act-london requires the Real Living Wage, so pay-rlw-encourage is left out.
    const fork = forkWith(
      'dangling',
      (text) => `${text}\nSee clause {{ref "pay-rlw-encourage"}}.\n`,
    )
    expect(runCli(['lint', fork]).status).toBe(0)
    const answers = path.join(folder, 'london.yaml')
    writeFileSync(answers, example)
    const out = path.join(folder, 'dangling-out')
    const run = runCli(['generate', answers, '--out', out, '--templates', fork])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      '`eval-criteria-weightings` refers to clause `pay-rlw-encourage`, which these answers leave out',
    )
    expect(run.stderr).toContain('pay.approach is "require", not "encourage"')
    expect(existsSync(out)).toBe(false)
  })

  it('F11, F12: keeps an answer with pipes and a URL in one table cell, in Markdown and DOCX, unlinked', () => {
    const fork = forkWith('cell', (text) =>
      text.replace(
        '| Quality and price |',
        '| Buyer | {{authority.name}} | This Contract |\n| Quality and price |',
      ),
    )
    const name = 'Leeds | City | Council https://leeds.example/tenders tenders@leeds.example'
    const answers = path.join(folder, 'cell.yaml')
    writeFileSync(answers, example.replace(/^ {2}name: .*$/m, `  name: ${JSON.stringify(name)}`))
    const out = path.join(folder, 'cell-out')
    const run = runCli(['generate', answers, '--out', out, '--templates', fork, '--copy', 'issue'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const document = readdirSync(out).find((file) =>
      readFileSync(path.join(out, file), 'latin1').includes('Quality and price'),
    )
    expect(document, 'a document holds the weightings table').toBeDefined()
    const stem = path.join(out, (document as string).replace(/\.(md|docx)$/, ''))

    const tree = fromMarkdown(readFileSync(`${stem}.md`, 'utf8'), {
      extensions: [gfmTable()],
      mdastExtensions: [gfmTableFromMarkdown()],
    })
    const table = tree.children.find(
      (node): node is Table => node.type === 'table' && textOf(node).includes('Quality and price'),
    )
    const row = table?.children.find((candidate) => textOf(candidate).startsWith('Buyer'))
    expect(table?.children.map((candidate) => candidate.children.length)).toEqual([3, 3, 3, 3])
    expect(textOf(row?.children[1])).toBe(name)
    expect(JSON.stringify(tree)).not.toContain('"type":"link"')

    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(`${stem}.docx`)))['word/document.xml'] as Uint8Array,
    )
    const docxRow = xml.match(/<w:tr\b(?:(?!<\/w:tr>)[\s\S])*?Leeds[\s\S]*?<\/w:tr>/)?.[0] ?? ''
    expect(docxRow.match(/<w:tc>/g)?.length).toBe(3)
    expect(wordprocessingText(docxRow)).toContain(name)
    expect(xml).not.toContain('<w:hyperlink')
  })
})
