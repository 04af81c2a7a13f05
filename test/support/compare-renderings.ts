import type { ExpectedText } from './fuzzed-answers.js'
import { putAnswersBack } from './harmless-answers.js'
import { type MarkdownOutline, markdownOutline } from './markdown-outline.js'
import { stripFrontMatter } from './markdown-text.js'

/** Two renderings of a document, as structure and text, ready to compare. */
export interface Renderings {
  hostile: MarkdownOutline
  harmless: MarkdownOutline
  /** The harmless rendering's text with the answers put back: what the hostile text must be. */
  expectedBlocks: string[]
  /** Indexes of the answers the document prints. */
  printed: Set<number>
  /** How many top-level blocks were parsed, in each rendering. */
  parsedBlocks: number
}

const chunksOf = (markdown: string) => stripFrontMatter(markdown).split(/\n{2,}/)

/**
 * Parse a document built from hostile answers and the same document built from harmless ones
 * (`harmlessAnswers`), to compare their structure and text.
 *
 * Parsing is most of the cost of fuzzing, so unless `whole` is set only the chunks between blank
 * lines that differ are parsed, each on its own: a chunk that is the same in both renderings
 * parses the same. An answer that adds a blank line changes the chunks, and then both whole
 * documents are parsed. A chunk parsed on its own misses only what depends on the rest of the
 * document (a link reference definition elsewhere, a fence opened earlier), so callers parse
 * `whole` documents for a sample.
 */
export function parseRenderings(
  hostileMarkdown: string,
  harmlessMarkdown: string,
  texts: readonly ExpectedText[],
  whole: boolean,
): Renderings {
  const hostileChunks = chunksOf(hostileMarkdown)
  const harmlessChunks = chunksOf(harmlessMarkdown)
  let hostile: MarkdownOutline
  let harmless: MarkdownOutline
  if (whole || hostileChunks.length !== harmlessChunks.length) {
    hostile = markdownOutline(hostileMarkdown)
    harmless = markdownOutline(harmlessMarkdown)
  } else {
    hostile = { shape: [], blocks: [] }
    harmless = { shape: [], blocks: [] }
    harmlessChunks.forEach((chunk, index) => {
      const other = hostileChunks[index] ?? ''
      if (other === chunk) return
      for (const [into, text] of [
        [hostile, other],
        [harmless, chunk],
      ] as const) {
        const outline = markdownOutline(text)
        into.shape.push(`chunk ${index}`, ...outline.shape)
        into.blocks.push(...outline.blocks)
      }
    })
  }
  const { blocks, printed } = putAnswersBack(harmless.blocks, texts)
  return {
    hostile,
    harmless,
    expectedBlocks: blocks,
    printed,
    parsedBlocks: harmless.blocks.length,
  }
}
