import type { Nodes } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import { textSha256 } from './document-text.js'
import { toMarkdownOptions } from './markdown-options.js'
import type { PackDocument } from './pack-tree.js'
import { presentDocument } from './present-document.js'

/**
 * Write a pack document as CommonMark (with GFM tables): clause numbers written out,
 * cross-references resolved to the same numbers, notes as marked block quotes, and provenance in
 * YAML front matter.
 *
 * @param tree A document from `generatePack`.
 * @returns The Markdown text.
 */
export function toMarkdownDocument(tree: PackDocument): string {
  const root = presentDocument(tree)
  const { provenance, copy } = tree.data
  // Note: the text `verify` hashes is everything after the line that closes the front matter.
  const body = `\n${toMarkdown(root as Nodes, toMarkdownOptions)}`
  const frontMatter = stringify(
    {
      title: tree.data.title,
      document: provenance.document,
      copy,
      library: provenance.library,
      ...(provenance.layer !== undefined && { layer: provenance.layer }),
      ...(provenance.layerLogo !== undefined && { layer_logo: provenance.layerLogo }),
      generator: provenance.generator,
      regime: provenance.regime,
      data: provenance.dataVersion,
      answers_sha256: provenance.answersSha256,
      text_sha256: textSha256(body),
      clauses: provenance.clauses,
      ...(provenance.clauseHashes && { clause_hashes: provenance.clauseHashes }),
    },
    { lineWidth: 0 },
  )
  return `---\n${frontMatter}---\n${body}`
}
