/**
 * The pack of every example, in both copies, read by real clients: LibreOffice (DOCX → PDF and
 * text), pandoc (DOCX → text) and xmllint. The DOCX text must equal the Markdown text paragraph by
 * paragraph, after the normalisations documented below.
 *
 * Normalisations and exclusions, for both clients:
 * - The Markdown's YAML front matter is provenance, not text: stripped. The DOCX carries it in its
 *   properties and its footer; the footer (page numbers, provenance line) is in neither client's
 *   text, so it is checked in the PDF instead.
 * - Whitespace: runs of spaces and tabs are one space, lines are trimmed (LibreOffice indents each
 *   list level and puts a tab or space after a number; pandoc indents nested lists).
 * - A hard break (`break` node, from a multi-line answer) is a new line in both clients' text, so a
 *   Markdown paragraph with one is compared as two lines.
 * - Drafter copy: drafting and risk notes are block quotes in the Markdown but Word comments in the
 *   DOCX, which neither client prints in its text. They are left out of the comparison and checked
 *   against `word/comments.xml` instead.
 * LibreOffice only: the text includes list numbers (1, 1.1, 2.3.1, (a), (i)) as Word numbering
 * renders them; the Markdown writes the same numbers out, so they are compared as they are.
 * Tables: LibreOffice prints each cell on its own line, row by row.
 * pandoc only: the Title paragraph becomes metadata and is not printed, so the title is left out;
 * pandoc reads the numbering as nested ordered lists (`1.`, `a.`, `i.`; the `1.1` form is lost),
 * so list markers are removed from pandoc's text and written numbers from the Markdown's; curly
 * quotes are straight; table rules are dropped and a table row is one line of its cells.
 * Cross-references are `REF` complex fields whose cached result is the clause number, which
 * pandoc prints as Word and LibreOffice do, so both comparisons check cross-reference numbers
 * (pandoc 2.17 dropped the result of the `w:fldSimple` form we wrote before issue 14).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { catalog } from '@betterforus/clauses'
import { beforeAll, describe, expect, it } from 'vitest'
import { diffLines, type ExpectedLine, normaliseSpace } from '../support/compare-lines.js'
import { docxComments, extractDocxParts, readDocxPart } from '../support/docx-parts.js'
import { assertExternalTools, runTool } from '../support/external-tools.js'
import {
  frontMatter,
  type MarkdownBlock,
  markdownBlocks,
  writtenNumber,
} from '../support/markdown-text.js'
import { docxToPlainText, pandocLines } from '../support/pandoc.js'
import { examples, repositoryRoot } from '../support/paths.js'
import { readDocxParts } from '../support/read-zip-text.js'
import { checkRenderedNumbering } from '../support/rendered-numbering.js'
import { runCli } from '../support/run-cli.js'
import { convertWithLibreOffice } from '../support/soffice.js'
import { temporaryFolder } from '../support/temporary-folder.js'

const copies = ['drafter', 'issue'] as const
type Copy = (typeof copies)[number]

/** The documents of a copy: the drafting memo holds every note, so the issue copy has none. */
const documentsOf = (copy: Copy) =>
  catalog.pack.documents.filter(
    (id) =>
      copy === 'drafter' ||
      catalog.documents.find((document) => document.meta.id === id)?.meta.kind !== 'memo',
  )

/** One generated document and what the clients made of it. */
interface Rendered {
  markdown: string
  blocks: MarkdownBlock[]
  docx: string
  /** The folder its XML parts were extracted to. */
  parts: string
  pdf: string
  libreOfficeText: string
  pandocText: string
}

const work = temporaryFolder()
const artifacts = path.join(repositoryRoot, 'test/artifacts')
const rendered = new Map<string, Rendered>()
let xmllintErrors = ''
let xmllintStatus: number | null = null
const key = (example: string, copy: Copy, document: string) => `${example}--${document}.${copy}`

function get(example: string, copy: Copy, document: string): Rendered {
  const found = rendered.get(key(example, copy, document))
  if (!found) throw new Error(`${key(example, copy, document)} was not generated (see beforeAll)`)
  return found
}

beforeAll(async () => {
  assertExternalTools(['soffice', 'pandoc', 'xmllint', 'pdftoppm', 'pdftotext'])
  const staging = path.join(work, 'staging')
  const converted = path.join(work, 'converted')
  mkdirSync(staging, { recursive: true })
  const staged: { name: string; markdown: string; docx: string }[] = []
  for (const { name, file } of examples) {
    for (const copy of copies) {
      const out = path.join(work, 'packs', name, copy)
      const run = runCli(['generate', file, '--out', out, '--copy', copy])
      if (run.status !== 0) throw new Error(`generate ${name} --copy ${copy}:\n${run.stderr}`)
      for (const document of documentsOf(copy)) {
        // Note: one soffice call converts every DOCX into one folder, so each needs a unique name.
        const docx = path.join(staging, `${key(name, copy, document)}.docx`)
        linkSync(path.join(out, `${document}.${copy}.docx`), docx)
        staged.push({
          name: key(name, copy, document),
          markdown: path.join(out, `${document}.${copy}.md`),
          docx,
        })
      }
    }
  }
  const files = staged.map(({ docx }) => docx)
  // Note: two conversions at once (two cores), each with its own LibreOffice profile.
  const [pdfs, texts] = await Promise.all([
    convertWithLibreOffice(files, 'pdf', {
      outDir: converted,
      profileDir: path.join(work, 'lo-pdf'),
    }),
    convertWithLibreOffice(files, 'txt', {
      outDir: converted,
      profileDir: path.join(work, 'lo-txt'),
    }),
  ])
  const allParts: string[] = []
  staged.forEach(({ name, markdown, docx }, index) => {
    const parts = path.join(work, 'parts', name)
    allParts.push(...extractDocxParts(docx, parts).filter((part) => /\.(xml|rels)$/.test(part)))
    const text = readFileSync(markdown, 'utf8')
    rendered.set(name, {
      markdown: text,
      blocks: markdownBlocks(text),
      docx,
      parts,
      pdf: pdfs[index] ?? '',
      libreOfficeText: readFileSync(texts[index] ?? '', 'utf8').replace(/^\uFEFF/, ''),
      pandocText: docxToPlainText(docx),
    })
  })
  // Note: one xmllint call for every part of every DOCX; it names each file it cannot parse.
  const lint = spawnSync('xmllint', ['--noout', ...allParts], { encoding: 'utf8' })
  xmllintStatus = lint.status
  xmllintErrors = lint.stderr
  // A kept artifact: page 1 of the first example's first drafter document.
  const first = pdfs[0] ?? ''
  mkdirSync(artifacts, { recursive: true })
  const prefix = path.join(artifacts, path.basename(first, '.pdf'))
  runTool('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', first, prefix])
}, 180_000)

/** The Markdown blocks the DOCX body holds: notes out (in the drafter copy they are comments). */
function docxOrder(blocks: MarkdownBlock[]): MarkdownBlock[] {
  return blocks.filter((block) => block.kind !== 'note')
}

const splitLines = (text: string, context: string): ExpectedLine[] =>
  text.split('\n').map((line) => ({ text: normaliseSpace(line), context }))

/**
 * The Markdown as LibreOffice's text should read: numbers included, one line per table cell. An
 * empty cell (a response-form table for bidders to fill in) prints no line.
 */
function libreOfficeExpected(blocks: MarkdownBlock[]): ExpectedLine[] {
  return docxOrder(blocks).flatMap((block) =>
    block.rows
      ? block.rows
          .flat()
          .filter((cell) => cell.trim() !== '')
          .flatMap((cell) => splitLines(cell, block.context))
      : splitLines(block.text, block.context),
  )
}

/** A bullet list item: LibreOffice prints Word's bullet character, the Markdown prints none. */
const dropBullet = (line: string) => line.replace(/^[•◦▪]\s*/, '')

const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')

/** The normalisation of a line of pandoc's text, applied to the Markdown's too. */
const forPandoc = (text: string) => straightQuotes(normaliseSpace(text))

/** The Markdown as pandoc's plain text should read: no title, no numbers, a table row per line. */
function pandocExpected(blocks: MarkdownBlock[]): ExpectedLine[] {
  return docxOrder(blocks)
    .filter((block) => block.kind !== 'title')
    .flatMap((block) =>
      block.rows
        ? block.rows.map((row) => ({ text: forPandoc(row.join(' ')), context: block.context }))
        : splitLines(block.text.replace(writtenNumber, ''), block.context).map((line) => ({
            ...line,
            text: forPandoc(line.text),
          })),
    )
}

const libreOfficeLines = (text: string) =>
  text
    .split('\n')
    .map(normaliseSpace)
    .filter((line) => line !== '')

it('G1: has numbered clauses and drafting notes as comments in every example (the checks below are not vacuous)', () => {
  for (const { name } of examples) {
    const schedule = get(name, 'drafter', 'doc-contract-schedule')
    expect(checkRenderedNumbering(schedule.libreOfficeText).clauses.length, name).toBeGreaterThan(3)
    expect(schedule.blocks.filter((block) => block.kind === 'note').length, name).toBeGreaterThan(3)
  }
})

describe.each(examples)('$name', ({ name }) => {
  describe.each(copies)('--copy %s', (copy) => {
    describe.each(documentsOf(copy))('%s', (document) => {
      it('G8: LibreOffice converts the DOCX to a PDF and to text, neither empty', () => {
        const { pdf, libreOfficeText } = get(name, copy, document)
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
        expect(libreOfficeText.trim()).not.toBe('')
      })

      it('G6: LibreOffice text equals the Markdown text, paragraph by paragraph, numbers included', () => {
        const { blocks, libreOfficeText } = get(name, copy, document)
        expect(
          diffLines(libreOfficeExpected(blocks), libreOfficeLines(libreOfficeText).map(dropBullet)),
        ).toEqual([])
      })

      it('G6: pandoc text equals the Markdown text, paragraph by paragraph', () => {
        const { blocks, pandocText } = get(name, copy, document)
        const actual = pandocLines(pandocText).map(forPandoc)
        expect(diffLines(pandocExpected(blocks), actual)).toEqual([])
      })

      // Note: a document may have no clause for some answers (notice inserts a procurement does
      // not need); the drafting memo has headings but no numbered clauses.
      it('G1: numbering as LibreOffice renders it: clauses 1, 2, 3 …; sub-clauses and lists restart', () => {
        const { blocks, libreOfficeText } = get(name, copy, document)
        const { problems, clauses } = checkRenderedNumbering(libreOfficeText)
        expect(problems).toEqual([])
        const headings = blocks.filter(
          (block) => block.kind === 'heading' && /^\d+\s/.test(block.text),
        )
        expect(clauses).toEqual(headings.map((_, index) => index + 1))
      })

      it('G7: every XML part of the DOCX is well-formed (xmllint)', () => {
        const { parts } = get(name, copy, document)
        expect(existsSync(path.join(parts, 'word/document.xml'))).toBe(true)
        const errors = xmllintErrors.split('\n').filter((line) => line.startsWith(parts))
        expect(errors).toEqual([])
      })

      it('shows the footer (page numbers, provenance line) in the PDF; it is in no text comparison', () => {
        const { pdf, markdown } = get(name, copy, document)
        const text = runTool('pdftotext', ['-layout', pdf, '-'])
        const { library = '', answers_sha256: answers = '' } = frontMatter(markdown)
        expect(text).toMatch(/Page 1 of \d+/)
        expect(text).toContain(`${library} · answers ${answers.slice(0, 12)}`)
      })

      if (copy === 'drafter') {
        it('puts every drafting and risk note in word/comments.xml, with the same text', () => {
          const { blocks, docx } = get(name, copy, document)
          const comments = docxComments(readDocxPart(docx, 'word/comments.xml') ?? '').map(
            (comment) => normaliseSpace(comment.text.replace(/\n/g, ' ')),
          )
          // Note: the drafting memo prints notes as its text, not as comments.
          const notes = blocks.filter((block) => block.kind === 'note')
          expect(comments).toHaveLength(notes.length)
          for (const note of notes) {
            expect(comments, `${note.label} in clause ${note.context}`).toContain(
              normaliseSpace(note.text),
            )
          }
        })

        it('puts the notice at the same place in DOCX as in Markdown', () => {
          const { blocks, libreOfficeText } = get(name, copy, document)
          const expected = blocks
            .filter((block) => block.kind !== 'note' && block.kind !== 'table')
            .flatMap((block) => splitLines(block.text, block.context))
          const actual = libreOfficeLines(libreOfficeText)
          const notice = blocks.find((block) => block.kind === 'notice')
          const at = expected.findIndex((line) => line.text === normaliseSpace(notice?.text ?? ''))
          expect(at).toBeGreaterThan(0)
          expect(actual.slice(at - 1, at + 2)).toEqual(
            expected.slice(at - 1, at + 2).map((line) => line.text),
          )
        })

        // A soft line ending inside a note's Markdown is a space; only a hard break is `w:br`.
        it('gives a note without hard breaks no w:br in its comment', () => {
          const { blocks, docx } = get(name, copy, document)
          const comments = docxComments(readDocxPart(docx, 'word/comments.xml') ?? '')
          const notes = blocks.filter((block) => block.kind === 'note')
          notes.forEach((note, index) => {
            if (!note.hasBreak) expect(comments[index]?.xml ?? '').not.toContain('<w:br/>')
          })
        })
      } else {
        it('has no comments and no note text in any part of the issue DOCX', () => {
          const { docx } = get(name, copy, document)
          const comments = readDocxPart(docx, 'word/comments.xml')
          expect(comments ?? '').not.toMatch(/<w:comment\b/)
          const parts = readDocxParts(docx)
          expect(Object.keys(parts)).toContain('word/document.xml')
          const xml = Object.values(parts).join('\n')
          expect(xml).toContain('<w:body>')
          expect(xml).not.toMatch(/Drafting note|Risk note|w:commentReference/)
        })
      }
    })
  })
})

describe('e2e artifacts', () => {
  it('G8: renders page 1 of a drafter PDF to a PNG kept in test/artifacts/', () => {
    const png = path.join(
      artifacts,
      `${key(examples[0]?.name ?? '', 'drafter', catalog.pack.documents[0] ?? '')}.png`,
    )
    expect(statSync(png).size).toBeGreaterThan(1000)
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  it('G7: xmllint parses every part of every DOCX', () => {
    expect(xmllintErrors).toBe('')
    expect(xmllintStatus).toBe(0)
  })
})
