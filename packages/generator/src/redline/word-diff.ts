import { diffWordsWithSpace } from 'diff'
import type { Change, ChangedParagraph } from './redline-types.js'

/**
 * Most edits (words and spaces inserted or deleted) the word diff looks for between two versions
 * of one section. Myers' diff takes time in the text's length times the edits, so two long,
 * unrelated texts took minutes (5,000 words each: 35 s); with this bound any section takes well
 * under a second (20,000 unrelated words: 0.35 s). A section further apart than this is shown as
 * its old paragraphs deleted and its new ones inserted, and the summary says so.
 *
 * Note: an edit count, not a timeout, so the redline never depends on the machine's speed (G3).
 */
export const MAX_EDIT_LENGTH = 1000

/** Paragraphs of a diff, and whether the bound was reached (so whole paragraphs were compared). */
export interface ParagraphsDiff {
  paragraphs: ChangedParagraph[]
  /** True when the versions were more than `MAX_EDIT_LENGTH` edits apart. */
  wholeParagraphs: boolean
}

/**
 * Diff two texts, each a list of paragraphs, word by word, and split the result back into
 * paragraphs. A paragraph break inside an insertion or deletion starts a new paragraph.
 *
 * @param before The older version's paragraphs.
 * @param after The newer version's paragraphs.
 * @param maxEditLength Most edits to look for before falling back to whole paragraphs.
 * @example
 * diffParagraphs(['pay the wage'], ['pay the living wage']).paragraphs
 * //=> [[{ kind: 'same', text: 'pay the ' }, { kind: 'insert', text: 'living ' }, { kind: 'same', text: 'wage' }]]
 */
export function diffParagraphs(
  before: readonly string[],
  after: readonly string[],
  maxEditLength: number = MAX_EDIT_LENGTH,
): ParagraphsDiff {
  const deleted = { added: false, removed: true, value: before.join('\n') }
  const inserted = { added: true, removed: false, value: after.join('\n') }
  const words =
    before.length === 0 || after.length === 0
      ? undefined
      : diffWordsWithSpace(before.join('\n'), after.join('\n'), { maxEditLength })
  const wholeParagraphs = before.length > 0 && after.length > 0 && words === undefined
  const parts =
    before.length === 0
      ? [inserted]
      : after.length === 0
        ? [deleted]
        : (words ?? [deleted, { ...inserted, value: `\n${inserted.value}` }])
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
  return { paragraphs: paragraphs.filter((paragraph) => paragraph.length > 0), wholeParagraphs }
}
