import { diffWordsWithSpace } from 'diff'
import type { Change, ChangedParagraph } from './redline-types.js'

/**
 * Diff two texts, each a list of paragraphs, word by word, and split the result back into
 * paragraphs. A paragraph break inside an insertion or deletion starts a new paragraph.
 *
 * @example
 * diffParagraphs(['pay the wage'], ['pay the living wage'])
 * //=> [[{ kind: 'same', text: 'pay the ' }, { kind: 'insert', text: 'living ' }, { kind: 'same', text: 'wage' }]]
 */
export function diffParagraphs(
  before: readonly string[],
  after: readonly string[],
): ChangedParagraph[] {
  const parts =
    before.length === 0
      ? [{ added: true, removed: false, value: after.join('\n') }]
      : after.length === 0
        ? [{ added: false, removed: true, value: before.join('\n') }]
        : diffWordsWithSpace(before.join('\n'), after.join('\n'))
  const paragraphs: ChangedParagraph[] = [[]]
  for (const part of parts) {
    const kind: Change['kind'] = part.added ? 'insert' : part.removed ? 'delete' : 'same'
    part.value.split('\n').forEach((text, index) => {
      if (index > 0) paragraphs.push([])
      if (text === '') return
      const current = paragraphs.at(-1) as ChangedParagraph
      const last = current.at(-1)
      if (last?.kind === kind) last.text += text
      else current.push({ kind, text })
    })
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0)
}
