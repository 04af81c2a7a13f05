/**
 * Drafting placeholders that must never reach text a bidder reads: "to be confirmed" (and so
 * "(provision to be confirmed)"), "[●]", "[insert …", "[to be …", and TBC, TBA or XX as words.
 * Notes and the drafting memo may hold them; operative text may not.
 */
const PHRASES = /to be confirmed|\[(?:●\]|insert|to be\b)/i
/** Note: capitals only, so an ordinary word is never mistaken for one. */
const WORDS = /\b(?:TBC|TBA|XX)\b/

/**
 * Find the first drafting placeholder in some text.
 *
 * @param text Operative text, or a template's source.
 * @returns The placeholder and a little text around it, or undefined when there is none.
 * @example
 *   findPlaceholder('under the 2015 Regulations (provision to be confirmed)')?.found
 *   //=> 'to be confirmed'
 */
export function findPlaceholder(text: string): { found: string; around: string } | undefined {
  const match = [PHRASES.exec(text), WORDS.exec(text)]
    .filter((candidate): candidate is RegExpExecArray => candidate !== null)
    .sort((a, b) => a.index - b.index)[0]
  if (!match) return undefined
  const around = text
    .slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)
    .replace(/\s+/g, ' ')
    .trim()
  return { found: match[0], around }
}
