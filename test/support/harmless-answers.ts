import type { Answers } from '@betterforus/questionnaire'
import type { ExpectedText } from './fuzzed-answers.js'

/** A harmless stand-in for line `line` of text answer `index`: letters and digits only. */
const token = (index: number, line: number) => `Zq${index}x${line}qZ`
const tokenPattern = /Zq(\d+)x(\d+)qZ/g

/**
 * The same answers with every line of each text answer replaced by a harmless token (line breaks
 * kept), so a document built from them has the structure the template alone gives.
 */
export function harmlessAnswers(answers: Answers, texts: readonly ExpectedText[]): Answers {
  const copy = structuredClone(answers) as Record<string, unknown>
  texts.forEach(({ id, text }, index) => {
    const segments = id.split('.')
    let group = copy
    for (const segment of segments.slice(0, -1)) group = group[segment] as Record<string, unknown>
    group[segments.at(-1) ?? id] = text
      .split('\n')
      .map((_, line) => token(index, line))
      .join('\n')
  })
  return copy as Answers
}

/**
 * Put the answers back in place of the tokens of a harmless document's text.
 *
 * @returns The text the document must have with the real answers, and which answers it prints.
 */
export function putAnswersBack(
  blocks: readonly string[],
  texts: readonly ExpectedText[],
): { blocks: string[]; printed: Set<number> } {
  const printed = new Set<number>()
  const restored = blocks.map((block) =>
    block.replace(tokenPattern, (whole, index: string, line: string) => {
      const text = texts[Number(index)]?.text.split('\n')[Number(line)]
      if (text === undefined) return whole
      printed.add(Number(index))
      return text
    }),
  )
  return { blocks: restored, printed }
}
