/**
 * `word/numbering.xml`: three abstract lists and one `w:num` per list instance.
 * - `bullet` (abstract 1): ● ○ ■ for Markdown bullet lists;
 * - `legal` (abstract 2), shared by clause headings, sub-clauses and lettered lists:
 *
 * ```xml
 * <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
 *   <w:isLgl/><w:suff w:val="tab"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
 * ```
 * - `ordered` (abstract 3): a plain `1.` list for ordered Markdown lists.
 *
 * Note: lower levels restart when a higher level moves on (no `w:lvlRestart` needed), so `2.1`
 * follows clause 2 in the same `w:num`. Each lettered or ordered list gets its own `w:num` whose
 * `w:startOverride`s start every level at 1, so each one starts at (a), (i) or 1: ECMA-376
 * Part 1, 17.9.
 */
import { INDENT } from './units.js'
import { DECLARATION, W_NS } from './xml.js'

export type NumberingKind = 'bullet' | 'legal' | 'ordered'

/** The `w:numId` of clause headings and sub-clauses: one list through the document. */
export const CLAUSE_NUM = 2
/** The `w:numId` of bullet lists. */
export const BULLET_NUM = 1
/** The hanging indent of every numbered level: one step of indent (1.27 cm). */
export const HANGING = INDENT
/** The hanging indent of bullets and ordered lists: half a step, room for a bullet or `1.`. */
const LIST_HANGING = INDENT / 2

const ABSTRACT_ID: Record<NumberingKind, number> = { bullet: 1, legal: 2, ordered: 3 }
const LEVELS: Record<NumberingKind, number> = { bullet: 3, legal: 5, ordered: 3 }

interface Level {
  format: string
  text: string
  style?: string
  legal?: true
  left: number
  hanging: number
}

const level = (ilvl: number, { format, text, style, legal, left, hanging }: Level) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${style === undefined ? '' : `<w:pStyle w:val="${style}"/>`}${legal ? '<w:isLgl/>' : ''}<w:suff w:val="tab"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr></w:lvl>`

const abstract = (kind: NumberingKind, levels: Level[]) =>
  `<w:abstractNum w:abstractNumId="${ABSTRACT_ID[kind]}"><w:multiLevelType w:val="multilevel"/>${levels.map((l, ilvl) => level(ilvl, l)).join('')}</w:abstractNum>`

const ABSTRACTS =
  abstract(
    'bullet',
    ['●', '○', '■'].map((text, ilvl) => ({
      format: 'bullet',
      text,
      left: INDENT * (ilvl + 1),
      hanging: LIST_HANGING,
    })),
  ) +
  abstract('legal', [
    { format: 'decimal', text: '%1', style: 'Heading1', left: HANGING, hanging: HANGING },
    {
      format: 'decimal',
      text: '%1.%2',
      style: 'Heading2',
      legal: true,
      left: HANGING,
      hanging: HANGING,
    },
    { format: 'decimal', text: '%1.%2.%3', legal: true, left: 2 * HANGING, hanging: HANGING },
    { format: 'lowerLetter', text: '(%4)', left: 3 * HANGING, hanging: HANGING },
    { format: 'lowerRoman', text: '(%5)', left: 4 * HANGING, hanging: HANGING },
  ]) +
  abstract(
    'ordered',
    [0, 1, 2].map((ilvl) => ({
      format: 'decimal',
      text: `%${ilvl + 1}.`,
      left: HANGING * (ilvl + 1),
      hanging: LIST_HANGING,
    })),
  )

/**
 * The numbering part for the `w:num`s a document used.
 *
 * @param nums The abstract list of each `w:num`, by position (`nums[0]` is `w:numId` 1).
 */
export function numberingXml(nums: readonly NumberingKind[]): string {
  const instances = nums
    .map((kind, index) => {
      const overrides = Array.from(
        { length: LEVELS[kind] },
        (_, ilvl) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="1"/></w:lvlOverride>`,
      ).join('')
      return `<w:num w:numId="${index + 1}"><w:abstractNumId w:val="${ABSTRACT_ID[kind]}"/>${overrides}</w:num>`
    })
    .join('')
  return `${DECLARATION}<w:numbering xmlns:w="${W_NS}">${ABSTRACTS}${instances}</w:numbering>`
}
