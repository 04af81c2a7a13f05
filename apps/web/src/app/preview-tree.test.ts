import { catalog } from '@betterforus/clauses'
import { generatePack, type PackDocument, toMarkdownDocument } from '@betterforus/generator'
import { parseAnswers } from '@betterforus/questionnaire'
import type { Element, Root, RootContent } from 'hast'
import { describe, expect, it } from 'vitest'
import { previewTree } from './preview-tree.js'

const hostile =
  '# x [a](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)> **b**'

function pack(name: string) {
  const text = `authority: { name: ${JSON.stringify(name)}, nation: england, type: local-authority }
procurement: { reference: "R-1", startDate: 2026-03-02 }
contract: { title: Cleaning, type: services, estimatedValue: 1000000, termMonths: 36, workLocation: london }
document: { date: 2026-06-01 }
pay: { approach: require }
goodWork: { approach: score }
socialValue: { weightingPercent: 20, weightingBasis: ppn002 }
reserved: { supportedEmployment: false }
voice: { livedExperiencePanel: false }
`
  const { answers, file } = parseAnswers(text, catalog.questionnaire)
  if (!answers) throw new Error(file.messages.join('\n'))
  return generatePack(answers, { catalog, copy: 'drafter' })
}

function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(text).join('') : ''
}

function elements(node: Root | RootContent, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node)
  if ('children' in node) for (const child of node.children) elements(child, out)
  return out
}

describe('mdast → hast for the preview', () => {
  const documents = pack('Council').documents

  it('prints clause numbers and cross-reference labels as the Markdown writer does', () => {
    let total = 0
    for (const tree of documents) {
      const markdown = toMarkdownDocument(tree)
      const hast = previewTree(tree)
      const numbered = elements(hast).filter((node) => /^(h2|h3|p)$/.test(node.tagName))
      const withNumbers = numbered.map(text).filter((line) => /^\d+(\.\d+)* /.test(line))
      total += withNumbers.length
      const lines = markdown.split('\n').map((line) => line.replace(/^#+ /, ''))
      for (const line of withNumbers) {
        const number = line.split(' ')[0] as string
        expect(lines.some((candidate) => candidate.startsWith(`${number} `))).toBe(true)
      }
    }
    expect(total).toBeGreaterThan(0)
  })

  it('shows notes as GOV.UK inset text, labelled', () => {
    const notes = documents.flatMap((tree) =>
      elements(previewTree(tree)).filter((node) => node.tagName === 'div'),
    )
    expect(notes.length).toBeGreaterThan(0)
    expect(notes.every((node) => String(node.properties.className) === 'govuk-inset-text')).toBe(
      true,
    )
    expect(notes.some((node) => text(node).includes('Drafting note: '))).toBe(true)
  })

  it('handles a crossReference node with its label', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'heading', depth: 1, children: [{ type: 'text', value: 'T' }] },
        {
          type: 'paragraph',
          data: { numbering: { level: 1, number: '2.1' } },
          children: [
            { type: 'text', value: 'See clause ' },
            { type: 'crossReference', clauseId: 'x', number: '7', label: '7 of the Schedule' },
          ],
        },
      ],
      data: { ...(documents[0] as PackDocument).data },
    } as unknown as PackDocument
    const paragraphs = elements(previewTree(tree)).filter((node) => node.tagName === 'p')
    expect(paragraphs.map(text)).toContain('2.1 See clause 7 of the Schedule')
  })

  it('F10/W1: keeps hostile answers as literal text, with no image or script, and no link but those to the library', () => {
    const hast = previewTree(pack(hostile).documents[0] as PackDocument)
    const tags = new Set(elements(hast).map((node) => node.tagName))
    for (const tag of ['img', 'script', 'style', 'iframe']) expect(tags.has(tag)).toBe(false)
    expect(text(hast)).toContain(hostile)
    for (const node of elements(hast)) {
      for (const key of Object.keys(node.properties))
        expect(key).toMatch(
          node.tagName === 'a' ? /^(className|href)$/ : /^(className|align|start)$/,
        )
      if (node.tagName === 'a')
        expect(String(node.properties.href)).toMatch(/^#\/library\/[a-z0-9-]+$/)
    }
  })

  it('links each clause heading to its page in the library, and only clause headings', () => {
    const tree = documents.find((document) => document.data.id === 'doc-contract-schedule')
    const hast = previewTree(tree as PackDocument)
    const links = elements(hast).filter((node) => node.tagName === 'a')
    expect(links.length).toBeGreaterThan(1)
    const ids = new Set(catalog.clauses.map((clause) => clause.meta.id))
    for (const link of links) {
      const id = String(link.properties.href).replace('#/library/', '')
      expect(ids.has(id), id).toBe(true)
    }
    const headings = elements(hast).filter((node) => /^h[1-6]$/.test(node.tagName))
    const linked = headings.filter((node) =>
      node.children.some((child) => child.type === 'element' && child.tagName === 'a'),
    )
    expect(linked).toHaveLength(links.length)
    expect(text(headings[0] as Element)).toBe(tree?.data.title)
  })
})
